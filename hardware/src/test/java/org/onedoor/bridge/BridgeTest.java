package org.onedoor.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.bridge.testing.FakeServer.ack;
import static org.onedoor.bridge.testing.FakeServer.type;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.config.BridgeConfig;
import org.onedoor.bridge.config.ConfigFile;
import org.onedoor.bridge.link.ServerLink;
import org.onedoor.bridge.simulator.VirtualDisplay;
import org.onedoor.bridge.simulator.VirtualPrinter;
import org.onedoor.bridge.testing.FakeServer;
import org.onedoor.bridge.testing.TestEscPos;

/** The whole bridge against a fake server, the virtual printer and virtual displays. */
class BridgeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TICKET = Base64.getEncoder().encodeToString(TestEscPos.ticket());

    @TempDir
    Path dir;

    FakeServer server;
    VirtualPrinter printer;
    VirtualDisplay modbusDisplays;
    VirtualDisplay vendorDisplay;
    final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeAll
    static void oneLineLogs() {
        LogSetup.init(false);
    }

    @BeforeEach
    void start() throws Exception {
        server = FakeServer.begin(0);
        printer = VirtualPrinter.start("127.0.0.1", 0, dir.resolve("tickets"), "OK");
        modbusDisplays = VirtualDisplay.start("127.0.0.1", 0, "modbus", Map.of());
        vendorDisplay = VirtualDisplay.start("127.0.0.1", 0, "vendor", Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        server.stop(500);
        printer.close();
        modbusDisplays.close();
        vendorDisplay.close();
    }

    private BridgeConfig config(String... extra) throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                "server = http://127.0.0.1:" + server.getPort(),
                "token = secret-token",
                "state-dir = " + dir.resolve("state"),
                "health-interval = 1",
                "printer.ticket = tcp:127.0.0.1:" + printer.port(),
                "display.modbus = tcp:127.0.0.1:" + modbusDisplays.port(),
                "display.tcp:127.0.0.1:" + vendorDisplay.port() + " = vendor"));
        lines.addAll(List.of(extra));
        return BridgeConfig.parse(ConfigFile.parse(lines));
    }

    private Bridge bridge(BridgeConfig config, ServerLink.Timing timing) throws Exception {
        Bridge bridge = Bridge.start(config, timing);
        toClose.add(0, bridge);
        return bridge;
    }

    private Bridge bridge(BridgeConfig config) throws Exception {
        return bridge(config, ServerLink.Timing.DEFAULT);
    }

    private static String print(String job, String printerName) {
        return "{\"type\":\"Print\",\"job\":\"" + job + "\",\"printer\":\"" + printerName + "\",\"escpos\":\"" + TICKET + "\"}";
    }

    @Test
    void helloFirstThenPrintsEachJobOnceEvenAfterARestart() throws Exception {
        Bridge first = bridge(config());
        JsonNode hello = server.await(0, type("Hello"), WAIT);
        assertThat(server.frames().get(0)).isEqualTo(hello);
        assertThat(hello.path("version").asInt()).isEqualTo(1);
        assertThat(hello.path("printers").toString()).isEqualTo("[\"ticket\"]");
        assertThat(hello.path("displays").toString()).isEqualTo("[\"modbus\",\"tcp:127.0.0.1:" + vendorDisplay.port() + "\"]");
        assertThat(server.resources()).containsExactly("/ws/bridge?token=secret-token");

        int mark = server.frames().size();
        server.send(print("job-1", "ticket"));
        assertThat(server.await(mark, ack("job-1"), WAIT).path("ok").asBoolean()).isTrue();
        assertThat(printer.saved()).hasSize(1);

        mark = server.frames().size();
        server.send(print("job-1", "ticket"));
        assertThat(server.await(mark, ack("job-1"), WAIT).path("ok").asBoolean()).isTrue();
        assertThat(printer.saved()).hasSize(1);

        JsonNode health = server.await(0, type("Health"), WAIT);
        assertThat(health.path("printers").get(0).path("name").asText()).isEqualTo("ticket");
        assertThat(health.path("printers").get(0).path("paper").asText()).isEqualTo("OK");
        assertThat(health.path("displays").size()).isEqualTo(2);

        first.close();
        toClose.remove(first);
        mark = server.frames().size();
        bridge(config());
        server.await(mark, type("Hello"), WAIT);
        server.send(print("job-1", "ticket"));
        assertThat(server.await(mark, ack("job-1"), WAIT).path("ok").asBoolean()).isTrue();
        assertThat(printer.saved()).hasSize(1);

        server.send(print("job-2", "ticket"));
        assertThat(server.await(mark, ack("job-2"), WAIT).path("ok").asBoolean()).isTrue();
        assertThat(printer.saved()).hasSize(2);
    }

    @Test
    void outOfPaperIsRefusedAndReported() throws Exception {
        printer.paper("OUT");
        bridge(config());
        server.await(0, type("Hello"), WAIT);
        int mark = server.frames().size();
        server.send(print("job-out", "ticket"));
        JsonNode ack = server.await(mark, ack("job-out"), WAIT);
        assertThat(ack.path("ok").asBoolean()).isFalse();
        assertThat(ack.path("reason").asText()).isEqualTo("out of paper");
        JsonNode health = server.await(0, f -> type("Health").test(f)
                && f.path("printers").get(0).path("paper").asText().equals("OUT"), WAIT);
        assertThat(health.path("printers").get(0).path("online").asBoolean()).isTrue();
        assertThat(printer.saved()).isEmpty();
    }

    @Test
    void unknownPrintersAndFramesAreHandled() throws Exception {
        bridge(config());
        server.await(0, type("Hello"), WAIT);
        server.send("{\"type\":\"Surprise\",\"job\":\"x\"}");
        server.send("not json");
        server.send(print("job-x", "kitchen"));
        JsonNode ack = server.await(0, ack("job-x"), WAIT);
        assertThat(ack.path("ok").asBoolean()).isFalse();
        assertThat(ack.path("reason").asText()).isEqualTo("no printer named kitchen");
    }

    @Test
    void reconnectsWhenTheServerComesBack() throws Exception {
        Bridge bridge = bridge(config());
        server.await(0, type("Hello"), WAIT);
        int port = server.getPort();
        server.stop(500);
        Thread.sleep(300);
        server = FakeServer.begin(port);
        server.await(0, type("Hello"), WAIT);
        assertThat(bridge.isConnected()).isTrue();
    }

    @Test
    void givesUpASilentConnectionAndComesBack() throws Exception {
        bridge(config(), new ServerLink.Timing(Duration.ofMillis(200), Duration.ofMillis(1000)));
        server.await(0, type("Hello"), WAIT);
        server.silent(true);
        server.await(1, type("Hello"), WAIT); // a second connection, announced again
        assertThat(server.resources()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void drivesDisplaysWithoutWaitingForPrinters() throws Exception {
        try (ServerSocket mute = new ServerSocket(0)) { // a printer that accepts and never answers
            bridge(config("printer.slow = tcp:127.0.0.1:" + mute.getLocalPort()));
            server.await(0, type("Hello"), WAIT);
            String lone = "tcp:127.0.0.1:" + vendorDisplay.port();

            server.send("{\"type\":\"Show\",\"job\":\"d1\",\"display\":\"modbus:3\",\"text\":\"1023\",\"recall\":false}");
            assertThat(server.await(0, ack("d1"), WAIT).path("ok").asBoolean()).isTrue();
            assertThat(modbusDisplays.shown()).containsEntry(3, "1023");

            server.send(print("slow-job", "slow"));
            long sent = System.nanoTime();
            server.send("{\"type\":\"Show\",\"job\":\"d2\",\"display\":\"" + lone + "\",\"text\":\"A12\",\"recall\":false}");
            assertThat(server.await(0, ack("d2"), WAIT).path("ok").asBoolean()).isTrue();
            assertThat((System.nanoTime() - sent) / 1_000_000).isLessThan(300);
            // a vendor display answers nothing: the ack says the frame was sent, not that it was read yet
            assertThat(shownSoon(vendorDisplay, 1)).isEqualTo("A12");

            server.send("{\"type\":\"Clear\",\"job\":\"d3\",\"display\":\"modbus:3\"}");
            assertThat(server.await(0, ack("d3"), WAIT).path("ok").asBoolean()).isTrue();
            assertThat(modbusDisplays.shown()).containsEntry(3, "");

            server.send("{\"type\":\"Show\",\"job\":\"d4\",\"display\":\"modbus:300\",\"text\":\"1\",\"recall\":false}");
            assertThat(server.await(0, ack("d4"), WAIT).path("reason").asText()).startsWith("no display modbus:300");
            server.send("{\"type\":\"Clear\",\"job\":\"d5\",\"display\":\"lcd:1\"}");
            assertThat(server.await(0, ack("d5"), WAIT).path("reason").asText()).isEqualTo("no display lcd:1");

            JsonNode slow = server.await(0, ack("slow-job"), WAIT);
            assertThat(slow.path("reason").asText()).isEqualTo("printer not answering");
            assertThat(server.frames().indexOf(slow)).isGreaterThan(server.frames().indexOf(server.await(0, ack("d2"), WAIT)));
        }
    }

    /** What the display shows at this address, once it shows anything there (or after two seconds, null). */
    private static String shownSoon(VirtualDisplay display, int address) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!display.shown().containsKey(address) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return display.shown().get(address);
    }
}
