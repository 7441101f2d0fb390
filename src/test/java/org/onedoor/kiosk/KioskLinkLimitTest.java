package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The time limit of the kiosk's requests (fetchWithin, display-ui/js/fetch-within.js, as
 * kiosk-ui/js/net.js gives it to the kiosk) in a real Chromium, against a link that stalls halfway
 * through an answer: the headers come, the body never ends.
 */
@QuarkusTest
class KioskLinkLimitTest {

    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.screen(800, 600);
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    @Test
    void shouldGiveUpOnAnAnswerWhoseBodyStallsAfterItsHeaders() throws Exception {
        try (HalfAnswers server = new HalfAnswers()) {
            browser.get("http://localhost:" + RestAssured.port + "/kiosk/");
            // as offline.js renews its lease: the limit given, then the body read
            Object outcome = browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const started = Date.now();
                    import('/kiosk/js/net.js')
                      .then((net) => net.fetchWithin(1000, 'http://127.0.0.1:%d/api/kiosk/lease', { method: 'POST' }))
                      .then((response) => response.json())
                      .then(() => done('answered'), (e) => done(e.name + ' after ' + (Date.now() - started) + ' ms'));
                    """.formatted(server.port()));

            // at least once: Chromium may open a second connection of its own before it needs one
            assertThat(server.served).as("the stalling server was asked").isNotEmpty();
            assertThat((String) outcome).as("the kiosk gave up within its limit rather than wait for the body")
                    .matches("AbortError after (9[5-9][0-9]|[1-4][0-9]{3}) ms");
        }
    }

    /** Answers every request with its headers and the first bytes of a body it never finishes. */
    static final class HalfAnswers implements AutoCloseable {
        final ServerSocket socket;
        final List<Socket> served = new CopyOnWriteArrayList<>();

        HalfAnswers() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread server = new Thread(this::serve, "half-answers");
            server.setDaemon(true);
            server.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            try {
                while (true) {
                    Socket client = socket.accept();
                    served.add(client);
                    // read the request line and headers (a POST without a body here)
                    var in = client.getInputStream();
                    int last4 = 0;
                    while (last4 != 0x0d0a0d0a) {
                        int b = in.read();
                        if (b < 0) {
                            break;
                        }
                        last4 = (last4 << 8) | b;
                    }
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"
                            + "Access-Control-Allow-Origin: *\r\n\r\n{\"day\":\"2026-").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket client : served) {
                client.close();
            }
        }
    }
}
