package org.onedoor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;
import org.onedoor.testing.fuzz.FuzzCenter;
import org.onedoor.testing.fuzz.RawWebSocket;

/** The faults the fuzz tests found, each pinned by one request (see FuzzTest for the search). */
@QuarkusTest
class MalformedInputTest {

    @Test
    void shouldAnswerWrongShapesOfJsonWithAProblem() {
        FuzzCenter center = FuzzCenter.create();
        String c = "/api/centers/" + center.code();
        Floor.asAdmin().body("{\"code\":[1,2]}").post(c + "/counters/1/call").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("code"));
        Floor.asAdmin().body("[{}]").post(c + "/counters/1/call").then().statusCode(400).contentType("application/problem+json");
        // a blank code is refused once, for what a code looks like, not twice over
        Floor.asAdmin().body(Map.of("code", "")).post(c + "/counters/1/call").then().statusCode(400)
                .body("errors", contains("Code: must be a ticket code like A023 or 1023"));
        Floor.asAdmin().body("{}").post(c + "/counters/1/call").then().statusCode(400).contentType("application/problem+json");
        Floor.asAdmin().body("{\"header\":[\"A\"]}{\"b\":2}").put(c + "/ticket-layout").then().statusCode(400)
                .contentType("application/problem+json");
        Floor.asAdmin().body(Map.of("field", "HT", "note", "a\u0000b")).post(c + "/tickets").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("NUL"));
        // counter 2.5 is no counter: not read as counter 2, the citizen sent to the wrong desk
        Floor.asAdmin().body("{\"counter\":2.5}").post("/api/tickets/" + java.util.UUID.randomUUID() + "/transfer").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseANulInAnAddressOrASignInName() {
        given().urlEncodingEnabled(false).get("/api/centers/%00/counters").then().statusCode(400).contentType("application/problem+json");
        given().auth().preemptive().basic("\u0000", "\u0000").get("/api/me").then().statusCode(401);
        given().contentType("application/").body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/centers").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** A scanner's malformed %-escape in a socket's token is refused as a bad request, not a server error. */
    @Test
    void shouldRefuseASocketUpgradeWhoseQueryCannotBeRead() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        assertThat(RawWebSocket.upgradeStatus("/ws/centers/" + floor.center + "/floor?token=%zz")).isEqualTo(400);
        assertThat(RawWebSocket.upgradeStatus("/ws/bridge?token=%zz")).isEqualTo(400);
        assertThat(RawWebSocket.upgradeStatus("/ws/bridge?token=unknown-token")).as("a readable wrong token").isEqualTo(401);
    }

    @Test
    void shouldRevokeOnlyADeviceOfTheCenterInTheAddress() {
        FuzzCenter mine = FuzzCenter.create();
        FuzzCenter other = FuzzCenter.create();
        String device = mine.targets().device();
        Floor.asAdmin().post("/api/devices/" + other.code() + "/" + device + "/revoke").then().statusCode(404)
                .contentType("application/problem+json");
        Floor.asAdmin().get("/api/devices/" + mine.code()).then().body("find { it.id == '" + device + "' }.revoked", is(false));
    }

    @Test
    void shouldNotActOnAddressesOrBodiesItCannotRead() {
        FuzzCenter center = FuzzCenter.create();
        String c = "/api/centers/" + center.code();
        Floor.asAdmin().post(c + "/counters/%EF%BC%91/pause").then().statusCode(404).contentType("application/problem+json");
        String serving = center.tickets().get(2);
        Floor.asAdmin().contentType("application/xml").body("<procedure>1.001</procedure>")
                .post("/api/tickets/" + serving + "/complete").then().statusCode(415).contentType("application/problem+json");
        Floor.asAdmin().get("/api/tickets/" + serving).then().body("state", is("SERVING"));
        Floor.asAdmin().contentType("text/csv").body("code,name_vi\n").post(c + "/fields/import").then().statusCode(400)
                .body("detail", containsString("no rows"));
        Floor.asAdmin().contentType("text/csv").body("code,name_vi\n\"HT,Hộ tịch\n").post(c + "/fields/import").then()
                .statusCode(400).contentType("application/problem+json");
        Floor.asAdmin().contentType("audio/ogg").body("not audio".getBytes(java.nio.charset.StandardCharsets.UTF_8)).put("/api/voice-packs/hmn/clips/ba.ogg").then()
                .statusCode(400).body("detail", containsString("not ogg audio"));
    }

    @Test
    void shouldAnswerANullEntryOrADateOutOfRangeWithAProblem() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        List<String> withNull = new ArrayList<>(List.of("OFFICER"));
        withNull.add(null);
        Map<String, Object> user = new HashMap<>(Map.of("username", "nullrole",
                "password", "mật khẩu dài", "center", floor.center, "displayName", "Cán bộ"));
        user.put("roles", withNull);
        Floor.asAdmin().body(user).post("/api/users").then().statusCode(400).contentType("application/problem+json");

        Map<String, Object> names = new HashMap<>(Map.of("vi", "Thử"));
        names.put("en", null);
        Floor.asAdmin().body(Map.of("names", names, "prefix", "Z")).put(floor.path("/fields/ZZ")).then().statusCode(400)
                .contentType("application/problem+json");
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Thử".repeat(100)), "prefix", "Z")).put(floor.path("/fields/ZZ"))
                .then().statusCode(400).contentType("application/problem+json");
        Floor.asAdmin().body(Map.of("names", names, "displayOrder", 1)).put(floor.path("/priority-groups/NULLNAME")).then()
                .statusCode(400).contentType("application/problem+json");

        Floor.asAdmin().queryParam("center", floor.center).queryParam("from", "+999999999-12-31")
                .queryParam("to", "+999999999-12-31").get("/api/reports").then().statusCode(400).contentType("application/problem+json");

        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        KioskTestDevices.asDevice(kiosk).post("/api/kiosk/lease").then().statusCode(200);
        KioskTestDevices.asDevice(kiosk)
                .body(List.of(Map.of("field", "HT", "number", 995, "issuedAt", -31557014167219200L)))
                .post("/api/kiosk/offline-tickets").then().statusCode(200).body("[0].outcome", is("RECORDED"));
    }
}
