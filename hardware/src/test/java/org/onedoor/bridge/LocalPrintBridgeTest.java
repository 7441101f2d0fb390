package org.onedoor.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.bridge.testing.FakeServer.ack;
import static org.onedoor.bridge.testing.FakeServer.type;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.config.BridgeConfig;
import org.onedoor.bridge.config.ConfigFile;
import org.onedoor.bridge.simulator.VirtualPrinter;
import org.onedoor.bridge.testing.FakeServer;
import org.onedoor.bridge.testing.TestEscPos;

/** The local print endpoint as the bridge wires it: which printer, and one done list with the server's jobs. */
class LocalPrintBridgeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String JOB = "offline:dong-hung:2026-12-01:A990";
    private static final String TICKET = "{\"job\":\"" + JOB + "\",\"code\":\"A990\",\"field\":\"Hộ tịch\"}";

    @TempDir
    Path dir;

    FakeServer server;
    VirtualPrinter desk;
    VirtualPrinter ticket;
    final List<AutoCloseable> toClose = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void oneLineLogs() {
        LogSetup.init(false);
    }

    @BeforeEach
    void start() throws Exception {
        server = FakeServer.begin(0);
        desk = VirtualPrinter.start("127.0.0.1", 0, dir.resolve("desk"), "OK");
        ticket = VirtualPrinter.start("127.0.0.1", 0, dir.resolve("ticket"), "OK");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        server.stop(500);
        desk.close();
        ticket.close();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private Bridge bridge(String... printers) throws Exception {
        List<String> lines = new ArrayList<>(List.of("server = http://127.0.0.1:" + server.getPort() + "/", "token = t",
                "state-dir = " + dir.resolve("state"), "local-print-port = " + freePort()));
        lines.addAll(List.of(printers));
        Bridge bridge = Bridge.start(BridgeConfig.parse(ConfigFile.parse(lines)));
        toClose.add(0, bridge);
        return bridge;
    }

    private HttpResponse<String> post(Bridge bridge) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bridge.localPrintAddress().getPort() + "/print"))
                .header("Origin", "http://127.0.0.1:" + server.getPort()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(TICKET)).timeout(Duration.ofSeconds(20)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void printsOnTheTicketPrinterOnceAcrossRestartsBesideTheServersJobs() throws Exception {
        Bridge first = bridge("printer.desk = tcp:127.0.0.1:" + desk.port(), "printer.ticket = tcp:127.0.0.1:" + ticket.port());
        assertThat(post(first).body()).isEqualTo("{\"printed\":true}");
        assertThat(ticket.saved()).hasSize(1);
        assertThat(desk.saved()).isEmpty();

        server.await(0, type("Hello"), WAIT);
        server.send("{\"type\":\"Print\",\"job\":\"job-1\",\"printer\":\"ticket\",\"escpos\":\""
                + Base64.getEncoder().encodeToString(TestEscPos.ticket()) + "\"}");
        assertThat(server.await(0, ack("job-1"), WAIT).path("ok").asBoolean()).isTrue();
        assertThat(Files.readAllLines(dir.resolve("state/printed-jobs.txt"), StandardCharsets.UTF_8)).containsExactly(JOB, "job-1");

        first.close();
        toClose.remove(first);
        Bridge second = bridge("printer.desk = tcp:127.0.0.1:" + desk.port(), "printer.ticket = tcp:127.0.0.1:" + ticket.port());
        HttpResponse<String> again = post(second);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"printed\":false,\"already\":true}");
        assertThat(ticket.saved()).hasSize(2); // the local ticket and the server's job-1, nothing more
    }

    @Test
    void withoutATicketPrinterTheFirstOneIsUsed() throws Exception {
        Bridge bridge = bridge("printer.desk = tcp:127.0.0.1:" + desk.port());
        assertThat(post(bridge).statusCode()).isEqualTo(200);
        assertThat(desk.saved()).hasSize(1);
    }

    @Test
    void offUnlessConfigured() throws Exception {
        Bridge bridge = Bridge.start(BridgeConfig.parse(ConfigFile.parse(List.of("server = http://127.0.0.1:" + server.getPort(),
                "token = t", "state-dir = " + dir.resolve("state"), "printer.ticket = tcp:127.0.0.1:" + ticket.port()))));
        toClose.add(bridge);
        assertThat(bridge.localPrintAddress()).isNull();
    }
}
