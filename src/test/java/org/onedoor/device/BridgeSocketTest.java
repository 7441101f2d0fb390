package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;

/** The bridge's side of the protocol, played by a test client: jobs, acknowledgements, health. */
@QuarkusTest
class BridgeSocketTest {

    @Test
    void shouldSendAKioskTicketToItsBridgeUntilItIsAcknowledged() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String bridgeId = KioskTestDevices.asDevice(bridge).get("/api/device").then().extract().path("id");
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", bridgeId);
        FloorClient first = FloorClient.open("/ws/bridge?token=" + bridge);
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

        // not acknowledged: it comes again on the next connection, once
        FloorClient second = FloorClient.open("/ws/bridge?token=" + bridge);
        assertThat(second.next().get("job").asText()).isEqualTo(job);
        assertThat(second.poll(Duration.ofMillis(500))).isNull();
        second.send("{\"type\":\"Ack\",\"job\":\"" + job + "\",\"ok\":true}");
        second.send("{\"type\":\"Ack\",\"job\":\"" + job + "\",\"ok\":false,\"reason\":\"late echo\"}");
        Thread.sleep(300);
        second.close();

        FloorClient third = FloorClient.open("/ws/bridge?token=" + bridge);
        assertThat(third.poll(Duration.ofMillis(800))).as("acknowledged jobs are not sent again").isNull();
        third.close();
    }

    @Test
    void shouldTellKiosksWhatTheBridgeSaysOfItsPrinter() throws Exception {
        Floor floor = Floor.create();
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String bridgeId = KioskTestDevices.asDevice(bridge).get("/api/device").then().extract().path("id");
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", bridgeId);
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridge);

        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":true,\"paper\":\"OUT\"}]}");
        awaitPrinter(kiosk, "OUT_OF_PAPER");
        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":false}]}");
        awaitPrinter(kiosk, "OFFLINE");
        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":true,\"paper\":\"LOW\"}]}");
        awaitPrinter(kiosk, "READY");
        // managers see it in the device list
        Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200)
                .body("find { it.kind == 'BRIDGE' }.printer", is("READY"));
        link.send("not json at all");
        link.close();

        assertThat(FloorClient.refused("/ws/bridge?token=" + kiosk)).isEqualTo(401);
        assertThat(FloorClient.refused("/ws/bridge")).isEqualTo(401);
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
