package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.BridgeProcess;
import org.onedoor.testing.FakeTcpPrinter;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.PaperReader;
import org.onedoor.testing.TcpProxy;

/**
 * The real bridge program (hardware/) as a separate process, on loopback with this server and a
 * printer on TCP 9100: a kiosk's ticket comes out of the printer, and comes out once whatever
 * happens to the link or the bridge between printing and acknowledging.
 */
@QuarkusTest
class BridgeEndToEndTest {

    static final Path WORK = Path.of("target", "bridge-e2e");

    @Test
    void shouldPrintAKioskTicketOnceWhenTheLinkDropsBeforeTheAcknowledgement() throws Exception {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A")).counter(1, "HT").open(1);
        String bridgeToken = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridgeToken));
        Path dir = Files.createTempDirectory(Files.createDirectories(WORK), "link-drop");
        try (FakeTcpPrinter printer = new FakeTcpPrinter(); TcpProxy network = new TcpProxy(RestAssured.port);
                BridgeProcess bridge = BridgeProcess.start(dir, config(network.port(), bridgeToken, printer.port()))) {
            AtomicBoolean first = new AtomicBoolean(true);
            // the switch between bridge and server loses power the moment the ticket is cut
            printer.onTicket(() -> {
                if (first.getAndSet(false)) {
                    network.cut();
                }
            });
            bridge.awaitLog("connected to", 1, Duration.ofSeconds(15));
            awaitPrinter(kiosk, "READY");

            JsonPath taken = KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then()
                    .statusCode(201).extract().jsonPath();
            String job = taken.getString("printJob");
            awaitTickets(printer, 1);
            network.restore();

            // the server never heard the acknowledgement: it sends the job again, the bridge knows it
            bridge.awaitLog("already printed " + job, 1, Duration.ofSeconds(20));
            Thread.sleep(500);
            assertThat(printer.tickets()).as("printed once").hasSize(1);
            bridge.close();
            assertAcknowledged(bridgeToken);

            PaperReader.Paper paper = PaperReader.read(printer.tickets().get(0), dir, "ticket");
            assertThat(paper.text()).contains(taken.getString("ticket.code"), "Hộ tịch");
            assertThat(paper.qr()).isEqualTo("http://127.0.0.1:" + network.port() + "/t/" + taken.getString("ticket.trackingToken"));
        }
    }

    @Test
    void shouldNotPrintTwiceWhenTheBridgeIsKilledBetweenPrintingAndAcknowledging() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String bridgeToken = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridgeToken));
        Path dir = Files.createTempDirectory(Files.createDirectories(WORK), "killed");
        try (FakeTcpPrinter printer = new FakeTcpPrinter();
                BridgeProcess bridge = BridgeProcess.start(dir, config(RestAssured.port, bridgeToken, printer.port()))) {
            AtomicBoolean first = new AtomicBoolean(true);
            // the kiosk PC loses power after the ticket came out, before the server heard of it
            printer.onStatusAfterTicket(() -> {
                if (first.getAndSet(false)) {
                    try {
                        bridge.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            bridge.awaitLog("connected to", 1, Duration.ofSeconds(15));
            awaitPrinter(kiosk, "READY");

            String job = KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then()
                    .statusCode(201).extract().path("printJob");
            awaitTickets(printer, 1);
            awaitPrinter(kiosk, "OFFLINE");
            bridge.restart();

            bridge.awaitLog("already printed " + job, 1, Duration.ofSeconds(20));
            awaitPrinter(kiosk, "READY");
            assertThat(printer.tickets()).as("printed once").hasSize(1);
            bridge.close();
            assertAcknowledged(bridgeToken);
        }
    }

    static String config(int serverPort, String token, int printerPort) {
        return "server = http://127.0.0.1:" + serverPort + "\ntoken = " + token + "\nhealth-interval = 1\n"
                + "printer.ticket = tcp:127.0.0.1:" + printerPort + "\n";
    }

    /** Nothing is waiting for the bridge any more: its job was acknowledged. */
    private static void assertAcknowledged(String bridgeToken) throws InterruptedException {
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridgeToken);
        link.send("{\"type\":\"Hello\",\"version\":1,\"printers\":[\"ticket\"],\"displays\":[]}");
        assertThat(link.poll(Duration.ofMillis(800))).as("no job left for the bridge").isNull();
        link.close();
    }

    private static void awaitTickets(FakeTcpPrinter printer, int count) throws InterruptedException {
        for (int i = 0; i < 300 && printer.tickets().size() < count; i++) {
            Thread.sleep(50);
        }
        assertThat(printer.tickets()).hasSize(count);
    }

    static String idOf(String deviceToken) {
        return KioskTestDevices.asDevice(deviceToken).get("/api/device").then().extract().path("id");
    }

    static void awaitPrinter(String kiosk, String state) throws InterruptedException {
        String now = null;
        for (int i = 0; i < 200; i++) {
            now = KioskTestDevices.asDevice(kiosk).get("/api/device").then().extract().path("printer");
            if (state.equals(now)) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(now).as("the kiosk's printer").isEqualTo(state);
    }
}
