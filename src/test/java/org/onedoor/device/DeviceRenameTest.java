package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;

/** A paired device named anew from the administration page: "Màn hình sảnh" is the one by the stairs. */
@QuarkusTest
class DeviceRenameTest {

    @Test
    void shouldRenameADevice() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String manager = floor.user("MANAGER");
        String token = Floor.asAdmin().body(Map.of("kind", "COUNTER_SCREEN", "name", "Man hinh quay", "counter", 1))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("token");
        String id = KioskTestDevices.asDevice(token).get("/api/device").then().extract().path("id");

        floor.as(manager).body(Map.of("name", "Màn hình quầy 1")).patch(address(floor, id)).then().statusCode(200)
                .body("id", is(id)).body("name", is("Màn hình quầy 1")).body("counter", is(1)).body("kind", is("COUNTER_SCREEN"));

        Floor.asAdmin().get(address(floor, id)).then().body("name", is("Màn hình quầy 1"));
        KioskTestDevices.asDevice(token).get("/api/device").then().statusCode(200).body("name", is("Màn hình quầy 1"));
        List<Map<String, Object>> log = floor.as(manager).header("Accept-Language", "vi").queryParam("kind", "devices")
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(log.get(0)).containsEntry("actor", manager).containsEntry("target", address(floor, id))
                .containsEntry("what", "Đổi tên thiết bị (nay là Màn hình quầy 1)");
    }

    @Test
    void shouldRefuseToRenameARevokedDevice() {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER");
        String token = KioskTestDevices.pair(floor, "HALL_SCREEN", null);
        String id = KioskTestDevices.asDevice(token).get("/api/device").then().extract().path("id");
        floor.as(manager).post(address(floor, id) + "/revoke").then().statusCode(200);

        floor.as(manager).header("Accept-Language", "vi").body(Map.of("name", "Màn hình mới")).patch(address(floor, id))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", is("Thiết bị “HALL_SCREEN test” đã bị thu hồi nên không đổi tên được;"
                        + " thiết bị ghép nối lại sẽ nhận tên mới khi ghép."));
        Floor.asAdmin().get(address(floor, id)).then().body("name", is("HALL_SCREEN test")).body("revoked", is(true));
    }

    @Test
    void shouldKeepTheNameRulesOfPairingAndTheCentersApart() {
        Floor floor = Floor.create();
        Floor other = Floor.create();
        String manager = floor.user("MANAGER");
        String id = KioskTestDevices.asDevice(KioskTestDevices.pair(floor, "KIOSK", null)).get("/api/device")
                .then().extract().path("id");

        floor.as(manager).body(Map.of("name", " ")).patch(address(floor, id)).then().statusCode(400)
                .contentType("application/problem+json");
        floor.as(manager).body(Map.of("name", "K".repeat(101))).patch(address(floor, id)).then().statusCode(400);
        floor.as(manager).body("{}").patch(address(floor, id)).then().statusCode(400);
        // a record of one text is read from text/plain by its constructor: JSON only
        floor.as(manager).contentType(ContentType.TEXT).body("Ki-ốt").patch(address(floor, id)).then().statusCode(415);
        // a mistyped center renames nothing of this one; another center's manager, nothing at all
        Floor.asAdmin().body(Map.of("name", "Ki-ốt")).patch(address(other, id)).then().statusCode(404);
        other.as(other.user("MANAGER")).body(Map.of("name", "Ki-ốt")).patch(address(floor, id)).then().statusCode(403);
        floor.as(manager).body(Map.of("name", "Ki-ốt")).patch("/api/devices/" + floor.center + "/abc").then().statusCode(404);

        Floor.asAdmin().get(address(floor, id)).then().body("name", is("KIOSK test"));
    }

    private static String address(Floor floor, String id) {
        return "/api/devices/" + floor.center + "/" + id;
    }
}
