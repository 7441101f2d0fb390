package org.onedoor.bridge.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.config.BridgeConfig;
import org.onedoor.bridge.printer.DoneJobs;
import org.onedoor.bridge.printer.PrinterWorker;
import org.onedoor.bridge.printer.ThermalPrinter;
import org.onedoor.bridge.simulator.VirtualPrinter;
import org.onedoor.bridge.transport.Endpoint;

/**
 * The local print endpoint over real HTTP, printing through a real printer worker and done list to
 * the virtual printer, whose ESC/POS interpreter turns what it received back into a picture (a
 * saved ticket means it read raster bands and then a cut).
 */
class LocalPrintServerTest {

    static final String SERVER = "http://10.0.0.5:8080";
    static final String TICKET = """
            {"job":"offline:dong-hung:2026-12-01:A990","centerName":"Trung tâm Phục vụ hành chính công xã Đông Hưng",
             "code":"A990","field":"Hộ tịch","issuedAt":"09:41 01/12/2026",
             "lines":["Máy chủ tạm gián đoạn: số của quý vị đã được giữ."]}""";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    VirtualPrinter virtual;
    DoneJobs done;
    final List<AutoCloseable> toClose = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        virtual = VirtualPrinter.start("127.0.0.1", 0, dir.resolve("tickets"), "OK");
        done = new DoneJobs(dir.resolve("state"));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        done.close();
        virtual.close();
    }

    private LocalPrintServer local(String printer, boolean allowNoOrigin, Duration wait) throws IOException {
        PrinterWorker worker = new PrinterWorker(new ThermalPrinter("ticket", Endpoint.parse(printer, 9600), true), done,
                Duration.ofSeconds(30), () -> { });
        toClose.add(worker);
        // port 0 here only: a free port for the test (the configuration's 0 means "off" and never gets here)
        LocalPrintServer server = LocalPrintServer.start(new BridgeConfig.LocalPrint(0, SERVER, allowNoOrigin), worker, wait);
        toClose.add(0, server);
        return server;
    }

    private LocalPrintServer local() throws IOException {
        return local("tcp:127.0.0.1:" + virtual.port(), false, LocalPrintServer.PRINT_WAIT);
    }

    static HttpRequest.Builder request(LocalPrintServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .timeout(Duration.ofSeconds(20));
    }

    static HttpRequest post(LocalPrintServer server, String origin, String type, String body) {
        HttpRequest.Builder b = request(server, "/print").header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return (origin == null ? b : b.header("Origin", origin)).build();
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void printsTheTicketOnceForTheServersPage() throws Exception {
        LocalPrintServer server = local();
        HttpResponse<String> first = send(post(server, SERVER, "text/plain;charset=UTF-8", TICKET));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first)).isEqualTo(JSON.readTree("{\"printed\":true}"));
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SERVER);
        assertThat(virtual.saved()).hasSize(1);
        assertThat(done.contains("offline:dong-hung:2026-12-01:A990")).isTrue();

        // what the printer decoded is the picture drawn for the ticket, dot for dot
        BufferedImage printed = ImageIO.read(virtual.saved().get(0).toFile());
        BufferedImage drawn = TicketPicture.draw(LocalTicket.parse(TICKET.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(printed.getWidth()).isEqualTo(576);
        assertThat(printed.getHeight()).isEqualTo(drawn.getHeight());
        long black = 0;
        for (int y = 0; y < printed.getHeight(); y++) {
            for (int x = 0; x < printed.getWidth(); x++) {
                boolean dot = (printed.getRGB(x, y) & 0xffffff) == 0;
                assertThat(dot).as("dot %d,%d", x, y).isEqualTo(TicketPictureTest.dark(drawn.getRGB(x, y)));
                black += dot ? 1 : 0;
            }
        }
        assertThat(black).isGreaterThan(5_000); // not a blank ticket: the code alone is thousands of dots

        HttpResponse<String> again = send(post(server, SERVER, "application/json", TICKET));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again)).isEqualTo(JSON.readTree("{\"printed\":false,\"already\":true}"));
        assertThat(virtual.saved()).hasSize(1);
    }

    @Test
    void otherOriginsAreRefusedAndNothingPrints() throws Exception {
        LocalPrintServer server = local();
        for (String origin : List.of("http://evil.example", "http://10.0.0.5:8081", "https://10.0.0.5:8080", "null")) {
            HttpResponse<String> response = send(post(server, origin, "text/plain", TICKET));
            assertThat(response.statusCode()).as(origin).isEqualTo(403);
            assertThat(json(response).path("error").asText()).isNotEmpty();
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        HttpResponse<String> noOrigin = send(post(server, null, "text/plain", TICKET));
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        HttpResponse<String> preflight = send(request(server, "/print").header("Origin", "http://evil.example")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(virtual.saved()).isEmpty();
        assertThat(done.size()).isZero();
    }

    @Test
    void aLocalToolWithoutOriginPrintsOnlyWhenAllowed() throws Exception {
        LocalPrintServer server = local("tcp:127.0.0.1:" + virtual.port(), true, LocalPrintServer.PRINT_WAIT);
        HttpResponse<String> response = send(post(server, null, "application/json", TICKET));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(virtual.saved()).hasSize(1);
        assertThat(send(post(server, "http://evil.example", "text/plain", TICKET)).statusCode()).isEqualTo(403);
    }

    @Test
    void answersThePreflightOfTheServersPage() throws Exception {
        LocalPrintServer server = local();
        HttpResponse<String> response = send(request(server, "/print").header("Origin", SERVER)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                .header("Access-Control-Request-Private-Network", "true")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SERVER);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Content-Type");
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        assertThat(response.headers().firstValue("Access-Control-Allow-Private-Network")).hasValue("true");
        assertThat(virtual.saved()).isEmpty();
    }

    @Test
    void aPrinterOutOfPaperOrAwayIsA503AndItsNumberIsSpent() throws Exception {
        virtual.paper("OUT");
        LocalPrintServer server = local();
        HttpResponse<String> out = send(post(server, SERVER, "text/plain", TICKET));
        assertThat(out.statusCode()).isEqualTo(503);
        assertThat(json(out).path("error").asText()).isEqualTo("out of paper");
        assertThat(out.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SERVER); // the page may read why
        assertThat(virtual.saved()).isEmpty();
        // the kiosk showed A990 on its screen: sent again (a kiosk that lost its lease), it is
        // someone's number and does not go on paper for a second citizen
        assertThat(done.failure("offline:dong-hung:2026-12-01:A990")).isEqualTo("out of paper");

        virtual.paper("OK");
        HttpResponse<String> again = send(post(server, SERVER, "text/plain", TICKET));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again)).isEqualTo(JSON.readTree("{\"printed\":false,\"already\":true}"));
        assertThat(virtual.saved()).isEmpty();
        assertThat(send(post(server, SERVER, "text/plain", TICKET.replace("A990", "A992"))).statusCode()).isEqualTo(200);
        assertThat(virtual.saved()).hasSize(1);

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        LocalPrintServer away = local("tcp:127.0.0.1:" + closedPort, false, LocalPrintServer.PRINT_WAIT);
        HttpResponse<String> gone = send(post(away, SERVER, "text/plain", TICKET.replace("A990", "A991")));
        assertThat(gone.statusCode()).isEqualTo(503);
        assertThat(json(gone).path("error").asText()).isEqualTo("printer not answering");
    }

    @Test
    void aPrinterSlowerThanTheWaitIsA503() throws Exception {
        try (ServerSocket mute = new ServerSocket(0)) { // accepts, never answers the paper question (1.5 s)
            LocalPrintServer server = local("tcp:127.0.0.1:" + mute.getLocalPort(), false, Duration.ofMillis(300));
            long started = System.nanoTime();
            HttpResponse<String> response = send(post(server, SERVER, "text/plain", TICKET));
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json(response).path("error").asText()).isEqualTo("the printer did not finish in 0.3 s");
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1400);
        }
    }

    @Test
    void badRequestsAreTold() throws Exception {
        LocalPrintServer server = local();
        HttpResponse<String> big = send(post(server, SERVER, "text/plain", "x".repeat(LocalPrintServer.MAX_BODY + 1)));
        assertThat(big.statusCode()).isEqualTo(413);
        HttpResponse<String> notJson = send(post(server, SERVER, "text/plain", "{\"job\":"));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).path("error").asText()).startsWith("the body is not JSON");
        HttpResponse<String> noCode = send(post(server, SERVER, "text/plain", "{\"job\":\"offline:c:d:A1\"}"));
        assertThat(noCode.statusCode()).isEqualTo(400);
        assertThat(json(noCode).path("error").asText()).isEqualTo("code is required");
        HttpResponse<String> form = send(post(server, SERVER, "application/x-www-form-urlencoded", TICKET));
        assertThat(form.statusCode()).isEqualTo(415);
        HttpResponse<String> get = send(request(server, "/print").header("Origin", SERVER).GET().build());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(send(request(server, "/other").header("Origin", SERVER).GET().build()).statusCode()).isEqualTo(404);
        assertThat(virtual.saved()).isEmpty();
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        LocalPrintServer server = local();
        assertThat(server.address().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        // and the port is closed on every other address this machine has
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    try (Socket socket = new Socket()) {
                        assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, server.address().getPort()), 1000))
                                .as(address.toString()).isInstanceOf(ConnectException.class);
                    }
                }
            }
        }
    }
}
