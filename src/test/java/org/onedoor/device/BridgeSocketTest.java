package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.device.bridge.BridgeHub;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;

/** The bridge's side of the protocol, played by a test client: jobs, displays, acknowledgements, health. */
@QuarkusTest
class BridgeSocketTest {

    @Inject
    DeviceRevocations revocations;

    @Inject
    BridgeHub hub;

    @Inject
    org.onedoor.testing.TestClock clock;

    static final String HELLO = "{\"type\":\"Hello\",\"version\":1,\"printers\":[\"ticket\"],\"displays\":[\"modbus\"]}";

    @Test
    void shouldSendAKioskTicketToItsBridgeUntilItIsAcknowledged() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridge));
        FloorClient first = FloorClient.open("/ws/bridge?token=" + bridge);
        first.send(HELLO);
        Thread.sleep(300); // connected before the ticket is taken

        String job = KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then()
                .statusCode(201).extract().path("printJob");

        JsonNode print = first.next();
        assertThat(print.get("type").asText()).isEqualTo("Print");
        assertThat(print.get("job").asText()).isEqualTo(job);
        assertThat(print.get("printer").asText()).isEqualTo("ticket");
        byte[] escpos = Base64.getDecoder().decode(print.get("escpos").asText());
        assertThat(escpos).startsWith(0x1b, 0x40, 0x1d, 0x76, 0x30, 0x00, 72, 0);
        first.close();

        // not acknowledged: it comes again on the next connection, once, after the Hello
        FloorClient second = FloorClient.open("/ws/bridge?token=" + bridge);
        assertThat(second.poll(Duration.ofMillis(500))).as("nothing before the bridge says what it has").isNull();
        second.send(HELLO);
        assertThat(second.next().get("job").asText()).isEqualTo(job);
        assertThat(second.poll(Duration.ofMillis(500))).isNull();
        assertThat(hub.jobsAwaitingAnswer(Long.parseLong(idOf(bridge)))).isEqualTo(1);
        second.send("{\"type\":\"Ack\",\"job\":\"" + job + "\",\"ok\":true}");
        second.send("{\"type\":\"Ack\",\"job\":\"" + job + "\",\"ok\":false,\"reason\":\"late echo\"}");
        Thread.sleep(300);
        assertThat(hub.jobsAwaitingAnswer(Long.parseLong(idOf(bridge)))).as("a connection open for days forgets what was answered").isZero();
        second.close();

        FloorClient third = FloorClient.open("/ws/bridge?token=" + bridge);
        third.send(HELLO);
        assertThat(third.poll(Duration.ofMillis(800))).as("acknowledged jobs are not sent again").isNull();
        third.close();
    }

    /**
     * A bridge that froze with a ticket in hand comes back two minutes later: the citizen went on
     * with the number on the kiosk's screen long ago, and a ticket printed now would lie in the
     * slot for the next citizen to take. It is not sent again.
     */
    @Test
    void shouldNotPrintAKioskTicketOnceItsCitizenHasGoneOn() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridge));
        FloorClient frozen = FloorClient.open("/ws/bridge?token=" + bridge);
        frozen.send(HELLO);
        Thread.sleep(300);
        KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201);
        assertThat(frozen.next().get("type").asText()).isEqualTo("Print");
        frozen.close();

        clock.advance(Duration.ofSeconds(61));
        FloorClient back = FloorClient.open("/ws/bridge?token=" + bridge);
        back.send(HELLO);
        assertThat(back.poll(Duration.ofMillis(800))).as("a ticket a minute old").isNull();
        back.close();
    }

    @Test
    void shouldSendTicketsToThePrinterTheBridgeNamed() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridge));
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridge);
        link.send("{\"type\":\"Hello\",\"version\":1,\"printers\":[\"xprinter\"],\"displays\":[]}");
        Thread.sleep(300);

        KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201);

        assertThat(link.next().get("printer").asText()).isEqualTo("xprinter");
        link.close();
    }

    @Test
    void shouldShowTheCalledCodeOnTheCountersDisplayAndClearItWhenTheTicketLeaves() throws Exception {
        Floor floor = Floor.create().fieldWithBlock("HT", 1, 10).field("CT", Map.of("names", Map.of("vi", "Chứng thực"),
                "prefix", "B", "serviceMinutes", 5));
        Floor.asAdmin().body(Map.of("label", "Quầy 3", "fields", List.of("HT"), "displayAddress", "modbus:3"))
                .put(floor.path("/counters/3")).then().statusCode(200);
        Floor.asAdmin().body(Map.of("label", "Quầy 4", "fields", List.of("CT"), "displayAddress", "vendor:4"))
                .put(floor.path("/counters/4")).then().statusCode(200);
        floor.open(3).open(4);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String other = KioskTestDevices.pair(floor, "BRIDGE", null);
        FloorClient modbus = FloorClient.open("/ws/bridge?token=" + bridge);
        modbus.send(HELLO);
        JsonNode initial = modbus.next();
        assertThat(initial.get("type").asText()).as("every display it drives is set on Hello").isEqualTo("Clear");
        assertThat(initial.get("display").asText()).isEqualTo("modbus:3");
        FloorClient vendor = FloorClient.open("/ws/bridge?token=" + other);
        vendor.send("{\"type\":\"Hello\",\"version\":1,\"printers\":[],\"displays\":[\"vendor\"]}");
        assertThat(vendor.next().get("display").asText()).isEqualTo("vendor:4");

        floor.issue("HT");
        String id = floor.callNext(3).getString("id");
        JsonNode show = modbus.next();
        assertThat(show.get("type").asText()).isEqualTo("Show");
        assertThat(show.get("display").asText()).isEqualTo("modbus:3");
        assertThat(show.get("text").asText()).isEqualTo("1001");
        assertThat(show.get("recall").asBoolean()).isFalse();
        assertThat(show.has("refresh")).as("a call: written, whatever the board shows").isFalse();
        modbus.send("{\"type\":\"Ack\",\"job\":\"" + show.get("job").asText() + "\",\"ok\":true}");

        Floor.asAdmin().post("/api/tickets/" + id + "/recall").then().statusCode(200);
        JsonNode recall = modbus.next();
        assertThat(recall.get("text").asText()).isEqualTo("1001");
        assertThat(recall.get("recall").asBoolean()).isTrue();

        floor.serve(id);
        JsonNode clear = modbus.next();
        assertThat(clear.get("type").asText()).isEqualTo("Clear");
        assertThat(clear.get("display").asText()).isEqualTo("modbus:3");
        assertThat(vendor.poll(Duration.ofMillis(300))).as("another bus's bridge hears nothing of counter 3").isNull();

        // a bridge that comes back is told what each display shows now
        floor.issue("HT");
        floor.callNext(3);
        modbus.next();
        modbus.close();
        FloorClient back = FloorClient.open("/ws/bridge?token=" + bridge);
        back.send(HELLO);
        JsonNode now = back.next();
        assertThat(now.get("type").asText()).isEqualTo("Show");
        assertThat(now.get("text").asText()).isEqualTo("1002");
        back.close();
        vendor.close();
    }

    /**
     * The manager moves counter 3's number to another board (a board replaced, or re-addressed):
     * the new board shows the number at once, and the old one is blanked, not left showing it for good.
     */
    @Test
    void shouldMoveTheNumberToTheCountersNewBoardAndBlankTheOldOne() throws Exception {
        Floor floor = Floor.create().fieldWithBlock("HT", 1, 10);
        Floor.asAdmin().body(Map.of("label", "Quầy 3", "fields", List.of("HT"), "displayAddress", "modbus:3"))
                .put(floor.path("/counters/3")).then().statusCode(200);
        floor.open(3);
        FloorClient modbus = FloorClient.open("/ws/bridge?token=" + KioskTestDevices.pair(floor, "BRIDGE", null));
        modbus.send(HELLO);
        assertThat(modbus.next().get("type").asText()).isEqualTo("Clear");
        floor.issue("HT");
        floor.callNext(3);
        assertThat(modbus.next().get("text").asText()).isEqualTo("1001");

        Floor.asAdmin().body(Map.of("label", "Quầy 3", "fields", List.of("HT"), "displayAddress", "modbus:7"))
                .put(floor.path("/counters/3")).then().statusCode(200);

        Map<String, String> told = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) { // in either order
            JsonNode frame = modbus.next();
            told.put(frame.get("display").asText(), frame.get("type").asText() + (frame.has("text") ? " " + frame.get("text").asText() : ""));
        }
        assertThat(told).containsOnly(Map.entry("modbus:7", "Show 1001"), Map.entry("modbus:3", "Clear"));
        // a change that leaves the boards where they were writes none of them
        Floor.asAdmin().body(Map.of("label", "Quầy 3 (Hộ tịch)", "fields", List.of("HT")))
                .put(floor.path("/counters/3")).then().statusCode(200);
        assertThat(modbus.poll(Duration.ofMillis(500))).isNull();
        modbus.close();
    }

    @Test
    void shouldTellKiosksAndManagersWhatTheBridgeSaysOfItsPrinterAndDisplays() throws Exception {
        Floor floor = Floor.create();
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridge));
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridge);
        link.send(HELLO);

        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":true,\"paper\":\"OUT\"}]}");
        awaitPrinter(kiosk, "OUT_OF_PAPER");
        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":false}]}");
        awaitPrinter(kiosk, "OFFLINE");
        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":true,\"paper\":\"LOW\",\"error\":null}],"
                + "\"displays\":[{\"name\":\"modbus\",\"online\":false,\"error\":\"no answer from 3\"}]}");
        awaitPrinter(kiosk, "PAPER_LOW");
        // managers see every part of it in the device list
        Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200)
                .body("find { it.kind == 'BRIDGE' }.printer", is("PAPER_LOW"))
                .body("find { it.kind == 'BRIDGE' }.health.printers[0].paper", is("LOW"))
                .body("find { it.kind == 'BRIDGE' }.health.displays[0].error", is("no answer from 3"));
        link.send("not json at all");
        link.send("[1,2,3]");
        link.send("{\"type\":\"Health\",\"printers\":\"many\",\"displays\":[1,{\"name\":42}]}");

        // a staff page or screen opening now learns which printer needs someone
        String screen = KioskTestDevices.pair(floor, "HALL_SCREEN", null);
        FloorClient hall = FloorClient.connect(floor.center, screen, null);
        JsonNode snapshot = hall.next();
        assertThat(snapshot.get("printers")).hasSize(1);
        assertThat(snapshot.get("printers").get(0).get("bridge").asText()).isEqualTo(idOf(bridge));
        assertThat(snapshot.get("printers").get(0).get("state").asText()).isEqualTo("PAPER_LOW");

        // a bridge gone is a printer gone
        link.close();
        awaitPrinter(kiosk, "OFFLINE");
        JsonNode gone = hall.next();
        assertThat(gone.get("type").asText()).isEqualTo("PrinterStateChanged");
        assertThat(gone.get("body").get("state").asText()).isEqualTo("OFFLINE");
        hall.close();
        // staff were told each change, in the floor's log
        Floor.asAdmin().get(floor.path("/events?after=0")).then().statusCode(200)
                .body("findAll { it.type == 'PrinterStateChanged' }.body.state",
                        is(List.of("OUT_OF_PAPER", "OFFLINE", "PAPER_LOW", "OFFLINE")));

        assertThat(FloorClient.refused("/ws/bridge?token=" + kiosk)).isEqualTo(401);
        assertThat(FloorClient.refused("/ws/bridge")).isEqualTo(401);
    }

    @Test
    void shouldPrintOnAPrinterThatRunsLowButNotOnOneThatIsOut() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridge));

        KioskTestDevices.asDevice(bridge).body(Map.of("state", "PAPER_LOW")).post("/api/device/printer").then().statusCode(204);
        KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201)
                .body("printer", is("PAPER_LOW"));
        KioskTestDevices.asDevice(bridge).body(Map.of("state", "OUT_OF_PAPER")).post("/api/device/printer").then().statusCode(204);
        KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201)
                .body("printer", is("OUT_OF_PAPER"));

        Floor.asAdmin().get(floor.path("/events?after=0")).then().statusCode(200)
                .body("findAll { it.type == 'PrintRequested' }.size()", is(1))
                .body("type", hasItem("PrinterStateChanged"));
    }

    /** A bridge with a receipt printer listed before its ticket printer: kiosks hear of the ticket printer. */
    @Test
    void shouldTellKiosksOfThePrinterTheirTicketsGoTo() throws Exception {
        Floor floor = Floor.create();
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridge));
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridge);
        link.send("{\"type\":\"Hello\",\"version\":1,\"printers\":[\"receipt\",\"ticket\"],\"displays\":[]}");

        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"receipt\",\"online\":true,\"paper\":\"OK\"},"
                + "{\"name\":\"ticket\",\"online\":true,\"paper\":\"OUT\"}]}");
        awaitPrinter(kiosk, "OUT_OF_PAPER");
        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"receipt\",\"online\":false},"
                + "{\"name\":\"ticket\",\"online\":true,\"paper\":\"OK\"}]}");
        awaitPrinter(kiosk, "READY");
        link.close();
    }

    /** As FloorSocketTest's: the revocation takes effect after the token passed the handshake. */
    @Test
    void shouldCloseABridgeRevokedBetweenItsHandshakeAndItsRegistration() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);

        revocations.takeEffect(Long.parseLong(idOf(bridge)));
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridge);

        assertThat(link.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(4001);
    }

    private static String idOf(String deviceToken) {
        return KioskTestDevices.asDevice(deviceToken).get("/api/device").then().extract().path("id");
    }

    private static void awaitPrinter(String kiosk, String state) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (state.equals(KioskTestDevices.asDevice(kiosk).get("/api/device").then().extract().path("printer"))) {
                return;
            }
            Thread.sleep(50);
        }
        KioskTestDevices.asDevice(kiosk).get("/api/device").then().body("printer", is(state));
    }
}
