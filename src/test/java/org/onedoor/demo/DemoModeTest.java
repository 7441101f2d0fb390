package org.onedoor.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoModeTest.DemoMode.class)
class DemoModeTest {

    public static class DemoMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // no ONEDOOR_ADMIN_PASSWORD here, so the demo's own admin/admin is created
            return Map.of("onedoor.demo.enabled", "true", "onedoor.admin.password", "");
        }
    }

    @Test
    void shouldSeedTheDemoCenterWithCommuneFieldsCountersAndUsers() {
        given().get("/api/centers/demo/fields").then().statusCode(200).body("size()", is(8))
                .body("names.vi", hasItems("Hộ tịch", "Chứng thực", "Tư pháp", "Đất đai", "Bảo trợ xã hội", "Người có công"))
                .body("prefix", is(List.of("A", "B", "C", "D", "E", "F", "G", "H")));
        given().get("/api/centers/demo/counters").then().statusCode(200).body("size()", is(6))
                .body("[0].fields", is(List.of("HT", "CT"))).body("[1].fields", is(List.of("CT", "HT")))
                .body("displayAddress", is(List.of("modbus:1", "modbus:2", "modbus:3", "modbus:4", "modbus:5", "modbus:6")));
        given().get("/api/centers/demo/priority-groups").then().body("code",
                hasItems("ELDERLY", "DISABILITY", "PREGNANT", "CHILD", "MERIT"));
        given().queryParam("q", "khai sinh").get("/api/centers/demo/procedures").then().body("[0].code", is("1.001193"));

        given().auth().preemptive().basic("officer1", "demo").post("/api/centers/demo/counters/1/open").then()
                .statusCode(200).body("officer", is("officer1")).body("officerName", is("Nguyễn Thị Lan"));
        // HT is served by counters 1-3; the citizen is sent to the one at work
        given().auth().preemptive().basic("guide1", "demo").contentType("application/json")
                .body(Map.of("field", "HT")).post("/api/centers/demo/tickets").then().statusCode(201)
                .body("code", is("A001")).body("counters", is(List.of(1)));
        given().auth().preemptive().basic("officer1", "demo").post("/api/centers/demo/counters/1/call-next").then()
                .statusCode(200).body("code", is("A001"));
        given().auth().preemptive().basic("admin", "admin").get("/api/centers/demo/events").then().statusCode(200);
        given().auth().preemptive().basic("admin", "admin").get("/api/devices/demo").then().statusCode(200)
                .body("size()", is(9)).body("kind", hasItems("HALL_SCREEN", "KIOSK", "COUNTER_SCREEN", "BRIDGE"));
        // kiosk 1 prints through the demo bridge, which nobody has started: its citizens keep the number on screen
        given().header("Authorization", "Bearer demo-kiosk-1").get("/api/device").then().statusCode(200)
                .body("printer", is("OFFLINE"));
        given().header("Authorization", "Bearer demo-bridge").get("/api/device").then().statusCode(200)
                .body("kind", is("BRIDGE"));
        var snapshot = org.onedoor.testing.FloorClient.connect("demo", "demo-hall-screen", null).next();
        org.assertj.core.api.Assertions.assertThat(snapshot.at("/counters/0/nowServing/code").asText()).isEqualTo("A001");
    }
}
