package org.onedoor.device;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

@QuarkusTest
class DeviceAccessTest {

    @Test
    void shouldLetAPairedKioskIssueTicketsOfItsCenterOnTheKioskChannel() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String kiosk = pair(floor, "KIOSK", null);

        asDevice(kiosk).body(Map.of("field", "HT", "language", "hmn")).post("/api/kiosk/tickets").then()
                .statusCode(201).body("ticket.code", is("A001")).body("ticket.channel", is("KIOSK"))
                .body("ticket.language", is("hmn"));
        asDevice(kiosk).body(Map.of("field", "HT", "channel", "API")).post("/api/kiosk/tickets").then()
                .statusCode(201).body("ticket.channel", is("KIOSK"));
        // the staff endpoint sends a kiosk to its own, which prints
        asDevice(kiosk).body(Map.of("field", "HT")).post(floor.path("/tickets")).then().statusCode(403)
                .body("detail", containsString("/api/kiosk/tickets"));
    }

    @Test
    void shouldKeepDevicesToTheirCenterAndTheirKind() {
        Floor mine = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Floor other = Floor.create().fieldWithPrefix("HT", "A", 10);
        String kiosk = pair(mine, "KIOSK", null);
        String screen = pair(mine, "HALL_SCREEN", null);

        asDevice(kiosk).body(Map.of("field", "HT")).post(other.path("/tickets")).then().statusCode(403);
        asDevice(screen).body(Map.of("field", "HT")).post(mine.path("/tickets")).then().statusCode(403);
        asDevice(screen).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(403);
        asDevice(kiosk).post(mine.path("/counters/1/call-next")).then().statusCode(403);
        asDevice(kiosk).get(other.path("/events")).then().statusCode(403);
        asDevice("no-such-token").body(Map.of("field", "HT")).post(mine.path("/tickets")).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldStopARevokedKioskAtOnce() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String kiosk = pair(floor, "KIOSK", null);
        asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201);
        String id = Floor.asAdmin().get("/api/devices/" + floor.center).then().extract().path("[0].id");

        Floor.asAdmin().post("/api/devices/" + floor.center + "/" + id + "/revoke").then().statusCode(200)
                .body("revoked", is(true));

        asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(401);
    }

    @Test
    void shouldShowADevicesTokenOnlyWhenPairingIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT");

        pair(floor, "COUNTER_SCREEN", 2);
        Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200)
                .body("[0].counter", is(2)).body("[0].token", is((Object) null));
        Floor.asAdmin().body(Map.of("kind", "COUNTER_SCREEN", "name", "Quầy ?")).post("/api/devices/" + floor.center)
                .then().statusCode(400);
        Floor.asAdmin().body(Map.of("kind", "TOASTER", "name", "x")).post("/api/devices/" + floor.center)
                .then().statusCode(400);
        // only a counter screen stands at a counter: a hall screen "at counter 2" was listed so
        Floor.asAdmin().header("Accept-Language", "vi").body(Map.of("kind", "HALL_SCREEN", "name", "Sảnh", "counter", 2))
                .post("/api/devices/" + floor.center).then().statusCode(400).contentType("application/problem+json")
                .body("detail", is("Chỉ màn hình quầy mới đứng ở một quầy; hãy để trống ô Quầy khi ghép nối thiết bị khác."));
        Floor.asAdmin().body(Map.of("kind", "KIOSK", "name", "Ki-ốt", "counter", 2)).post("/api/devices/" + floor.center)
                .then().statusCode(400).body("detail", is("Only a counter screen stands at a counter; leave Counter empty when pairing another device."));
        Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200).body("size()", is(1));
        String officer = floor.user("OFFICER");
        floor.as(officer).body(Map.of("kind", "KIOSK", "name", "x")).post("/api/devices/" + floor.center)
                .then().statusCode(403);
    }

    @Test
    void shouldTellAScreenWhereItBelongsFromItsTokenAlone() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(3, "HT");
        String counterScreen = pair(floor, "COUNTER_SCREEN", 3);
        String hallScreen = pair(floor, "HALL_SCREEN", null);

        asDevice(counterScreen).get("/api/device").then().statusCode(200).body("center", is(floor.center))
                .body("kind", is("COUNTER_SCREEN")).body("counter", is(3)).body("name", is("COUNTER_SCREEN test"));
        asDevice(hallScreen).get("/api/device").then().statusCode(200).body("kind", is("HALL_SCREEN"))
                .body("counter", is((Object) null)).body("centerName", is(notNullValue()));
        asDevice("not-a-token").get("/api/device").then().statusCode(401);
        Floor.asAdmin().get("/api/device").then().statusCode(403);
    }

    private static String pair(Floor floor, String kind, Integer counter) {
        var body = new java.util.HashMap<String, Object>(Map.of("kind", kind, "name", kind + " test"));
        if (counter != null) {
            body.put("counter", counter);
        }
        return Floor.asAdmin().body(body).post("/api/devices/" + floor.center).then().statusCode(201)
                .extract().path("token");
    }

    private static RequestSpecification asDevice(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
