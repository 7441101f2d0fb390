package org.onedoor.device.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.TcpProxy;
import org.onedoor.testing.TestDatabase;

/**
 * What the one-time messages to a bridge miss, mended (onedoor.bridge.* is 1 s and 5 s in tests):
 * a print job whose request never reached the bridge's node, a bridge whose cable was pulled, and
 * a display that forgot what it showed.
 */
@QuarkusTest
class BridgeSweepTest {

    static final String HELLO = "{\"type\":\"Hello\",\"version\":1,\"printers\":[\"ticket\"],\"displays\":[\"modbus\"]}";

    @Inject
    TestDatabase database;

    @Inject
    BridgeSweep sweep;

    @Test
    void shouldSendAPrintJobWhoseRequestNeverArrived() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridge));
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridge);
        link.send(HELLO);
        Thread.sleep(300); // connected before the ticket is taken
        String printed = KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then()
                .statusCode(201).extract().path("printJob");
        assertThat(link.next().get("job").asText()).isEqualTo(printed);
        link.send("{\"type\":\"Ack\",\"job\":\"" + printed + "\",\"ok\":true}");

        // a second job committed whose PrintRequested never reached this node (a broker that dropped it)
        UUID missed = UUID.randomUUID();
        try (Connection db = database.getConnection(); PreparedStatement copy = db.prepareStatement("INSERT INTO print_job"
                + " SELECT ?, center_id, ticket_id, kiosk_id, printer_id, payload, 'PENDING', created_at, updated_at"
                + " FROM print_job WHERE id = ?")) {
            copy.setObject(1, missed);
            copy.setObject(2, UUID.fromString(printed));
            assertThat(copy.executeUpdate()).isEqualTo(1);
        }

        JsonNode print = link.poll(Duration.ofSeconds(10));
        assertThat(print).as("sent within a few checks").isNotNull();
        assertThat(print.get("type").asText()).isEqualTo("Print");
        assertThat(print.get("job").asText()).isEqualTo(missed.toString());
        assertThat(link.poll(Duration.ofMillis(2500))).as("once on a connection, while it waits for its answer").isNull();
        link.close();
    }

    @Test
    void shouldTakeABridgeThatFellSilentForGoneAndTellItsKiosksThePrinterIsOffline() throws Exception {
        Floor floor = Floor.create();
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", idOf(bridge));
        try (TcpProxy cable = new TcpProxy(RestAssured.port)) {
            FloorClient link = FloorClient.openVia(cable.port(), "/ws/bridge?token=" + bridge);
            link.send(HELLO);
            link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":true,\"paper\":\"OK\"}]}");
            awaitPrinter(kiosk, "READY", Duration.ofSeconds(3));
            Thread.sleep(7000);
            assertThat(printerOf(kiosk)).as("a quiet bridge answers pings: it is not gone").isEqualTo("READY");

            cable.stall(); // no reset, no close: nothing more crosses
            awaitPrinter(kiosk, "OFFLINE", Duration.ofSeconds(12));
            link.close();
        }
    }

    @Test
    void shouldTellEveryDisplayAgainWhatItShows() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        Floor.asAdmin().body(Map.of("label", "Quầy 2", "fields", List.of("HT"), "displayAddress", "modbus:2"))
                .put(floor.path("/counters/2")).then().statusCode(200);
        floor.open(2);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridge);
        link.send(HELLO);
        assertThat(link.next().get("type").asText()).isEqualTo("Clear");
        floor.issue("HT");
        floor.callNext(2);
        JsonNode shown = link.next();
        assertThat(shown.get("text").asText()).isEqualTo("A001");
        link.send("{\"type\":\"Ack\",\"job\":\"" + shown.get("job").asText() + "\",\"ok\":true}");

        // the board rebooted after a power cut and is blank; nothing happens at counter 2 for a while
        sweep.tellDisplaysAgain().toCompletableFuture().get(5, TimeUnit.SECONDS);

        JsonNode again = link.next();
        assertThat(again.get("type").asText()).isEqualTo("Show");
        assertThat(again.get("display").asText()).isEqualTo("modbus:2");
        assertThat(again.get("text").asText()).isEqualTo("A001");
        assertThat(again.get("recall").asBoolean()).as("shown, not announced again").isFalse();
        assertThat(again.path("refresh").asBoolean()).as("a board that shows it is not written, nor flashes").isTrue();
        link.close();
    }

    private static String idOf(String deviceToken) {
        return KioskTestDevices.asDevice(deviceToken).get("/api/device").then().extract().path("id");
    }

    private static String printerOf(String kiosk) {
        return KioskTestDevices.asDevice(kiosk).get("/api/device").then().extract().path("printer");
    }

    private static void awaitPrinter(String kiosk, String state, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!state.equals(printerOf(kiosk)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(printerOf(kiosk)).isEqualTo(state);
    }
}
