package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;

/** A kiosk's printer chosen after its pairing: a bridge replaced by a new one takes over its kiosks' paper. */
@QuarkusTest
class KioskPrinterChoiceTest {

    @Test
    void shouldPrintAKiosksNextTicketOnTheNewBridgeWhenItsOldOneWasRevoked() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String oldBridge = bridgeId(floor);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", oldBridge);
        String kioskId = KioskTestDevices.asDevice(kiosk).get("/api/device").then().extract().path("id");
        assertThat(issue(kiosk).getString("printer")).as("a bridge paired, never started").isEqualTo("OFFLINE");

        Floor.asAdmin().post("/api/devices/" + floor.center + "/" + oldBridge + "/revoke").then().statusCode(200);
        assertThat(issue(kiosk).getString("printer")).as("its bridge revoked: the number on screen only").isEqualTo("NONE");
        try (KioskTestDevices.ConnectedBridge newBridge = KioskTestDevices.connectBridge(floor)) {
            Floor.asAdmin().body(Map.of("printer", newBridge.id())).put(printerOf(floor, kioskId)).then().statusCode(200)
                    .body("printerBridge", equalTo(newBridge.id()));

            assertThat(issue(kiosk).getString("printer")).as("connected, its printer not reported yet").isEqualTo("UNKNOWN");
            Floor.asAdmin().get("/api/devices/" + floor.center + "/" + kioskId).then().body("printerBridge", equalTo(newBridge.id()));
        }
        // a revoked bridge's last reports are over: the list no longer shows them
        Floor.asAdmin().get("/api/devices/" + floor.center + "/" + oldBridge).then().body("revoked", equalTo(true))
                .body("printer", nullValue()).body("health", nullValue());
    }

    @Test
    void shouldLetAKioskGoWithoutAPrinter() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", bridgeId(floor));
        String kioskId = KioskTestDevices.asDevice(kiosk).get("/api/device").then().extract().path("id");
        Map<String, Object> none = new HashMap<>();
        none.put("printer", null);

        Floor.asAdmin().body(none).put(printerOf(floor, kioskId)).then().statusCode(200).body("printerBridge", nullValue());

        assertThat(issue(kiosk).getString("printer")).isEqualTo("NONE");
    }

    @Test
    void shouldRefuseAPrinterForAnythingButAKioskOrAnythingButALiveBridgeOfTheCenter() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Floor other = Floor.create();
        String bridge = bridgeId(floor);
        String kiosk = KioskTestDevices.asDevice(KioskTestDevices.pair(floor, "KIOSK", null)).get("/api/device")
                .then().extract().path("id");
        String hall = KioskTestDevices.asDevice(KioskTestDevices.pair(floor, "HALL_SCREEN", null)).get("/api/device")
                .then().extract().path("id");
        String revoked = bridgeId(floor);
        Floor.asAdmin().post("/api/devices/" + floor.center + "/" + revoked + "/revoke").then().statusCode(200);

        Floor.asAdmin().body(Map.of("printer", bridge)).put(printerOf(floor, hall)).then().statusCode(400)
                .contentType("application/problem+json");
        Floor.asAdmin().body(Map.of("printer", revoked)).put(printerOf(floor, kiosk)).then().statusCode(400)
                .body("detail", containsString(revoked));
        Floor.asAdmin().body(Map.of("printer", bridgeId(other))).put(printerOf(floor, kiosk)).then().statusCode(400);
        Floor.asAdmin().body(Map.of("printer", kiosk)).put(printerOf(floor, kiosk)).then().statusCode(400);
        Floor.asAdmin().body(Map.of("printer", "the bridge")).put(printerOf(floor, kiosk)).then().statusCode(400);
        Floor.asAdmin().body(Map.of("printer", bridge)).put(printerOf(other, kiosk)).then().statusCode(404);
        floor.as(floor.user("OFFICER")).body(Map.of("printer", bridge)).put(printerOf(floor, kiosk)).then().statusCode(403);
        // JSON only: text was read into the choice by its one-String constructor, and an empty text
        // body failed as a bare 400 the fuzzer found (not problem+json)
        Floor.asAdmin().contentType("text/plain").body(bridge).put(printerOf(floor, kiosk)).then().statusCode(415)
                .contentType("application/problem+json");
        Floor.asAdmin().contentType("text/plain").put(printerOf(floor, kiosk)).then().statusCode(415)
                .contentType("application/problem+json");
        Floor.asAdmin().contentType("text/plain").body("Hmoob").put("/api/voice-packs/hmn").then().statusCode(415)
                .contentType("application/problem+json");
        // none of it took: the kiosk still has no printer
        Floor.asAdmin().get("/api/devices/" + floor.center + "/" + kiosk).then().body("printerBridge", nullValue());
    }

    private static String bridgeId(Floor floor) {
        return KioskTestDevices.asDevice(KioskTestDevices.pair(floor, "BRIDGE", null)).get("/api/device").then().extract().path("id");
    }

    private static String printerOf(Floor floor, String device) {
        return "/api/devices/" + floor.center + "/" + device + "/printer";
    }

    private static JsonPath issue(String kiosk) {
        return KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201)
                .extract().jsonPath();
    }
}
