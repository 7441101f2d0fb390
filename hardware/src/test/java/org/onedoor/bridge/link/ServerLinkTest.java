package org.onedoor.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.bridge.testing.FakeServer.type;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.bridge.testing.FakeServer;

/** The socket to the server when the server turns the bridge away for a while. */
class ServerLinkTest {

    FakeServer server;
    ServerLink link;

    @AfterEach
    void stop() throws Exception {
        if (link != null) {
            link.close();
        }
        server.stop(500);
    }

    @Test
    void shouldReconnectWithinSecondsWhenTheServerIsBusy() throws Exception {
        server = FakeServer.begin(0);
        // a database outage: the first upgrade gets 503 with Retry-After: 1, the next ones go through
        try (BusyFront front = BusyFront.start(server.getPort(), 1)) {
            URI address = URI.create("ws://127.0.0.1:" + front.port() + "/ws/bridge?token=secret-token");
            link = new ServerLink(address, address, new ServerLink.Handler() {
                @Override
                public String hello() {
                    return "{\"type\":\"Hello\"}";
                }

                @Override
                public void connected() {
                }

                @Override
                public void frame(JsonNode frame) {
                }
            }, ServerLink.Timing.DEFAULT);
            link.start();

            server.await(0, type("Hello"), Duration.ofSeconds(10));
            long waited = (front.acceptedAgainAt.get(1, TimeUnit.SECONDS) - front.refusedAt.get(1, TimeUnit.SECONDS)) / 1_000_000;
            // as long as the server asked, and not the half minute kept for a revoked token
            assertThat(waited).isBetween(1000L, 5000L);
        }
    }

    /**
     * In front of the fake server (whose library cannot answer an upgrade with 503): refuses the
     * first upgrade with 503 and Retry-After, then relays every later connection to the server.
     */
    private static final class BusyFront implements AutoCloseable {

        final CompletableFuture<Long> refusedAt = new CompletableFuture<>();
        final CompletableFuture<Long> acceptedAgainAt = new CompletableFuture<>();
        private final ServerSocket listener;
        private final int backend;
        private final long retryAfterSeconds;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();

        private BusyFront(int backend, long retryAfterSeconds) throws IOException {
            this.listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            this.backend = backend;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        static BusyFront start(int backend, long retryAfterSeconds) throws IOException {
            BusyFront front = new BusyFront(backend, retryAfterSeconds);
            daemon(front::serve);
            return front;
        }

        int port() {
            return listener.getLocalPort();
        }

        private void serve() {
            try (Socket first = listener.accept()) {
                readRequestHead(first.getInputStream());
                first.getOutputStream().write(("HTTP/1.1 503 Service Unavailable\r\nRetry-After: " + retryAfterSeconds
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                first.getOutputStream().flush();
                refusedAt.complete(System.nanoTime());
                first.shutdownOutput();
                while (true) {
                    Socket client = listener.accept();
                    acceptedAgainAt.complete(System.nanoTime());
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), backend);
                    sockets.add(client);
                    sockets.add(server);
                    daemon(() -> relay(client, server));
                    daemon(() -> relay(server, client));
                }
            } catch (IOException closed) {
                // the end of the test
            }
        }

        private static void readRequestHead(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < end.length) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("request cut short");
                }
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
        }

        private static void relay(Socket from, Socket to) {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // one side hung up
            }
        }

        private static void daemon(Runnable task) {
            Thread thread = new Thread(task, "busy-front");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
