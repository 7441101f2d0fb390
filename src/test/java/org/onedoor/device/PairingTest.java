package org.onedoor.device;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.ClientAddress;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

@QuarkusTest
class PairingTest {

    @Inject
    TestClock clock;

    @Test
    void shouldPairTheDeviceShowingTheCodeAndHandItsTokenOverOnce() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT");
        String manager = floor.user("MANAGER");
        JsonPath request = given().post("/api/pairing").then().statusCode(200).extract().jsonPath();
        String code = request.getString("code");
        String secret = request.getString("secret");
        assertThat(code).matches("\\d{6}");
        given().get("/api/pairing/" + secret).then().statusCode(204);
        // a code is shown by a browser, which has no use for a bridge's token: refused, and the code still waits
        floor.as(manager).contentType(ContentType.JSON).body(Map.of("code", code, "device", Map.of("kind", "BRIDGE", "name", "x")))
                .post("/api/pairing/" + floor.center + "/claim").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/pairing/" + secret).then().statusCode(204);

        floor.as(manager).contentType(ContentType.JSON).body(Map.of("code", code.substring(0, 3) + " " + code.substring(3),
                        "device", Map.of("kind", "COUNTER_SCREEN", "name", "Màn hình quầy 2", "counter", 2)))
                .post("/api/pairing/" + floor.center + "/claim").then().statusCode(200)
                .body("kind", is("COUNTER_SCREEN")).body("counter", is(2)).body("token", is((Object) null));

        String token = given().get("/api/pairing/" + secret).then().statusCode(200).extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/api/device").then().statusCode(200)
                .body("center", is(floor.center)).body("counter", is(2));
        given().get("/api/pairing/" + secret).then().statusCode(404).contentType("application/problem+json");
        floor.as(manager).contentType(ContentType.JSON)
                .body(Map.of("code", code, "device", Map.of("kind", "KIOSK", "name", "again")))
                .post("/api/pairing/" + floor.center + "/claim").then().statusCode(404);
    }

    /** A script trying codes one after another would take over every screen being set up in the province. */
    @Test
    void shouldStopAUserWhoTriesWrongCodesOneAfterAnother() {
        Floor floor = Floor.create();
        String guesser = floor.user("MANAGER");
        String code = given().post("/api/pairing").then().statusCode(200).extract().path("code");
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < PairingClaims.MOST_WRONG; i++) {
            claim(floor, guesser, wrong).then().statusCode(404);
        }

        claim(floor, guesser, code).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        claim(floor, floor.user("MANAGER"), code).then().statusCode(200); // another manager, and the code was never taken

        clock.advance(PairingClaims.WINDOW);
        String next = given().post("/api/pairing").then().statusCode(200).extract().path("code");
        claim(floor, guesser, next).then().statusCode(200); // the window has passed
    }

    /**
     * Asking is public: one machine asking again and again must not leave new screens without a
     * code, and a center setting up many screens behind one address (its NAT) must lose none.
     */
    @Test
    void shouldLetOneAddressAskingInALoopCrowdOutNoOtherScreen() {
        String center = ClientAddress.fresh();
        List<String> centerScreens = new ArrayList<>();
        for (int i = 0; i < PairingService.WAITING_PER_ADDRESS + 2; i++) {
            centerScreens.add(ClientAddress.from(center).post("/api/pairing").then().statusCode(200).extract().path("secret"));
        }
        String flooder = ClientAddress.fresh();
        List<String> flood = new ArrayList<>();
        for (int i = 0; i < PairingService.MAX_WAITING + 20; i++) {
            flood.add(ClientAddress.from(flooder).post("/api/pairing").then().statusCode(200).extract().path("secret"));
        }

        given().get("/api/pairing/" + flood.get(0)).then().statusCode(404); // its screen would ask again
        for (String waiting : flood.subList(flood.size() - PairingService.WAITING_PER_ADDRESS, flood.size())) {
            given().get("/api/pairing/" + waiting).then().statusCode(204);
        }
        for (String waiting : centerScreens) {
            given().get("/api/pairing/" + waiting).then().statusCode(204);
        }
        ClientAddress.from(ClientAddress.fresh()).post("/api/pairing").then().statusCode(200).body("code", matchesPattern("\\d{6}"));
    }

    private static io.restassured.response.Response claim(Floor floor, String manager, String code) {
        return floor.as(manager).body(Map.of("code", code, "device", Map.of("kind", "HALL_SCREEN", "name", "Màn hình sảnh")))
                .post("/api/pairing/" + floor.center + "/claim");
    }

    @Test
    void shouldForgetACodeAfterTenMinutesAndRefuseOfficers() {
        Floor floor = Floor.create();
        JsonPath request = given().post("/api/pairing").then().statusCode(200).extract().jsonPath();
        floor.as(floor.user("OFFICER")).contentType(ContentType.JSON)
                .body(Map.of("code", request.getString("code"), "device", Map.of("kind", "KIOSK", "name", "Ki-ốt")))
                .post("/api/pairing/" + floor.center + "/claim").then().statusCode(403);

        clock.advance(Duration.ofMinutes(11));

        floor.as(floor.user("MANAGER")).body(Map.of("code", request.getString("code"), "device", Map.of("kind", "KIOSK", "name", "Ki-ốt")))
                .post("/api/pairing/" + floor.center + "/claim").then().statusCode(404);
        given().get("/api/pairing/" + request.getString("secret")).then().statusCode(404);
        given().get("/api/pairing/not-a-secret").then().statusCode(404);
    }
}
