package org.onedoor.kiosk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

@QuarkusTest
class KioskTest {

    @Inject
    TestClock clock;

    @Test
    void shouldShowEachFieldAsATileAndWhyItCannotBeTaken() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5)
                .fieldWithPrefix("DD", "C", 20).fieldWithPrefix("XD", "D", 15)
                .counter(1, "HT", "DD", "XD").open(1);
        floor.field("DD", Map.of("names", Map.of("vi", "Đất đai"), "prefix", "C", "active", false));
        floor.field("XD", Map.of("names", Map.of("vi", "Xây dựng"), "prefix", "D", "dailyCap", 1));
        floor.issue("XD");
        floor.issue("HT");

        JsonPath kiosk = given().get(floor.path("/kiosk")).then().statusCode(200).extract().jsonPath();

        assertThat(kiosk.getBoolean("open")).isTrue();
        // in display order, then by code (all four are order 0 here)
        assertThat(kiosk.getList("fields.code")).containsExactly("CT", "DD", "HT", "XD");
        assertThat(kiosk.getList("fields.closedBecause")).containsExactly("NO_COUNTER", "INACTIVE", null, "CAP_REACHED");
        assertThat(kiosk.getInt("fields[2].waiting")).isEqualTo(1);
        assertThat(kiosk.getList("fields[2].counters")).containsExactly(1);
        assertThat(kiosk.getList("priorityGroups.icon")).contains("elderly", "disability", "pregnant");
        String kioskToken = pair(floor, "KIOSK", null);
        asDevice(kioskToken).body(Map.of("field", "CT")).post("/api/kiosk/tickets").then().statusCode(409)
                .contentType("application/problem+json");
        asDevice(kioskToken).body(Map.of("field", "XD")).post("/api/kiosk/tickets").then().statusCode(409);
        asDevice(kioskToken).body(Map.of("field", "DD")).post("/api/kiosk/tickets").then().statusCode(409);
    }

    @Test
    void shouldTellWhenTheCenterOpensAgainAndGiveNoTicketMeanwhile() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        // the server's time (other tests move its clock on), not the wall clock's
        LocalTime now = LocalTime.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        // a one-hour window that is certainly not now: it starts two hours from now
        LocalTime opens = now.plusHours(2).withMinute(0).withSecond(0).withNano(0);
        boolean wraps = opens.plusHours(1).isBefore(opens);
        LocalTime start = wraps ? LocalTime.of(1, 0) : opens;
        Floor.asAdmin().body(Map.of("opensAt", start.toString(), "closesAt", start.plusHours(1).toString(),
                        "openDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")))
                .patch("/api/centers/" + floor.center).then().statusCode(200);

        given().get(floor.path("/kiosk")).then().statusCode(200).body("open", is(false))
                .body("nextOpening", notNullValue()).body("opensAt", is(start + ":00"));
        String kiosk = pair(floor, "KIOSK", null);
        asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(409);
        // the guidance desk judges for itself
        floor.issue("HT");
    }

    /** "Quầy: 1, 3": the counters at work that serve the field, in order; a closed one only when none is. */
    @Test
    void shouldSendTheCitizenToTheCountersAtWork() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(3, "HT").counter(2, "HT").counter(1, "HT");
        JsonPath none = floor.issue("HT");
        assertThat(none.getList("counters")).as("none at work: where to look once one opens").containsExactly(1, 2, 3);

        floor.open(3).open(1);
        assertThat(floor.issue("HT").getList("counters")).containsExactly(1, 3);
        assertThat(given().get(floor.path("/kiosk")).then().extract().jsonPath().getList("fields[0].counters"))
                .containsExactly(1, 3);
    }

    @Test
    void shouldAskForAPrintOfEveryKioskTicketAndSayWhetherThePrinterCanDoIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String bridge = pair(floor, "BRIDGE", null);
        String bridgeId = asDevice(bridge).get("/api/device").then().statusCode(200).extract().path("id");
        String kiosk = pair(floor, "KIOSK", bridgeId);
        String bare = pair(floor, "KIOSK", null);
        // paired, never started: the paper would never come
        asDevice(kiosk).get("/api/device").then().body("printer", is("OFFLINE"));
        asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201)
                .body("printer", is("OFFLINE"));
        asDevice(bridge).body(Map.of("state", "OUT_OF_PAPER")).post("/api/device/printer").then().statusCode(204);

        JsonPath taken = asDevice(kiosk).body(Map.of("field", "HT", "language", "en")).post("/api/kiosk/tickets")
                .then().statusCode(201).extract().jsonPath();
        asDevice(bare).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201)
                .body("printer", is("NONE")).body("printJob", notNullValue());

        assertThat(taken.getString("printer")).isEqualTo("OUT_OF_PAPER");
        // the citizen was told to remember the code: no paper is asked for, now or later
        assertThat(printRequests(floor)).isEmpty();
        asDevice(bridge).body(Map.of("state", "READY")).post("/api/device/printer").then().statusCode(204);
        JsonPath printed = asDevice(kiosk).body(Map.of("field", "HT", "language", "en")).post("/api/kiosk/tickets")
                .then().statusCode(201).body("printer", is("READY")).extract().jsonPath();

        List<Map<String, Object>> prints = printRequests(floor);
        assertThat(prints).hasSize(1);
        JsonPath request = new JsonPath(toJson(prints.get(0)));
        assertThat(request.getString("body.job")).isEqualTo(printed.getString("printJob"));
        assertThat(request.getString("body.printer")).isEqualTo(bridgeId);
        assertThat(request.getString("body.ticket.code")).isEqualTo("A004");
        // floor events reach every screen: the citizen's tracking link stays out of them
        assertThat(toJson(prints.get(0))).doesNotContain(printed.getString("ticket.trackingToken"), "/t/");
        asDevice(kiosk).body(Map.of("state", "READY")).post("/api/device/printer").then().statusCode(403);
        asDevice(bridge).body(Map.of("state", "ON_FIRE")).post("/api/device/printer").then().statusCode(400);
    }

    @Test
    void shouldRefuseAPrinterThatIsNotABridgeOfTheCenter() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        String screen = pair(floor, "HALL_SCREEN", null);
        String screenId = asDevice(screen).get("/api/device").then().extract().path("id");

        Floor.asAdmin().body(Map.of("kind", "KIOSK", "name", "Ki-ốt", "printer", screenId))
                .post("/api/devices/" + floor.center).then().statusCode(400).body("detail", is("Device " + screenId
                        + " is not a paired bridge of this center."));
        Floor.asAdmin().body(Map.of("kind", "KIOSK", "name", "Ki-ốt", "printer", "x1"))
                .post("/api/devices/" + floor.center).then().statusCode(400);
        given().get("/api/centers/no-such-center/kiosk").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static List<Map<String, Object>> printRequests(Floor floor) {
        return Floor.asAdmin().get(floor.path("/events")).then().statusCode(200)
                .extract().jsonPath().param("t", "PrintRequested").getList("findAll { it.type == t }");
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pair(Floor floor, String kind, String printer) {
        return KioskTestDevices.pair(floor, kind, printer);
    }

    static RequestSpecification asDevice(String token) {
        return KioskTestDevices.asDevice(token);
    }
}
