package org.onedoor.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

/** A center's closed dates (Tết, 30/4, a day of training): set by its manager, obeyed by its kiosks. */
@QuarkusTest
class ClosedDaysTest {

    private static final ZoneId HA_NOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    TestClock clock;

    /** The server's today in the center's zone: other tests move its clock by days. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), HA_NOI);
    }

    @Test
    void shouldListAHolidayOfSeveralDaysWithItsReasonAndTellTheScreens() {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER");
        LocalDate first = today().plusDays(20);
        int before = events(floor).size();

        List<Map<String, Object>> answered = floor.as(manager).body(Map.of("from", first.toString(), "to", first.plusDays(2).toString(),
                "reason", "Nghỉ Tết Nguyên đán")).post(floor.path("/closed-days")).then().statusCode(201)
                .contentType(containsString("json")).extract().jsonPath().getList("$");
        assertThat(answered).extracting(d -> d.get("day"))
                .containsExactly(first.toString(), first.plusDays(1).toString(), first.plusDays(2).toString());
        assertThat(answered).extracting(d -> d.get("reason")).containsOnly("Nghỉ Tết Nguyên đán");
        // anyone may read them, as the opening hours
        assertThat(io.restassured.RestAssured.get(floor.path("/closed-days")).then().statusCode(200).extract().jsonPath()
                .getList("day", String.class)).containsExactly(first.toString(), first.plusDays(1).toString(), first.plusDays(2).toString());
        // weeks ahead, the hall's period is the same, but kiosks read their view (and its closed dates) again
        List<String> types = events(floor).subList(before, events(floor).size());
        assertThat(types).containsExactly("HoursChanged");

        floor.as(manager).delete(floor.path("/closed-days/" + first.plusDays(1))).then().statusCode(204);
        assertThat(io.restassured.RestAssured.get(floor.path("/closed-days")).then().extract().jsonPath().getList("day", String.class))
                .containsExactly(first.toString(), first.plusDays(2).toString());
        assertThat(events(floor)).last().isEqualTo("HoursChanged");
        floor.as(manager).delete(floor.path("/closed-days/" + first.plusDays(1))).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAPastDateALongRangeAndADateAlreadyClosedInTheManagersLanguage() {
        Floor floor = Floor.create();
        LocalDate today = today();
        Floor.asAdmin().header("Accept-Language", "vi").body(Map.of("from", today.minusDays(1).toString()))
                .post(floor.path("/closed-days")).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("đã qua"), "detail", containsString(pad(today.minusDays(1))));
        Floor.asAdmin().body(Map.of("from", today.minusDays(1).toString()))
                .post(floor.path("/closed-days")).then().statusCode(400).body("detail", containsString("has passed"));
        Floor.asAdmin().header("Accept-Language", "vi").body(Map.of("from", today.toString(), "to", today.plusDays(31).toString()))
                .post(floor.path("/closed-days")).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("tối đa 31 ngày"));
        Floor.asAdmin().body(Map.of("from", today.plusDays(3).toString(), "to", today.plusDays(2).toString()))
                .post(floor.path("/closed-days")).then().statusCode(400).body("detail", containsString("before the first"));
        Floor.asAdmin().body(Map.of("reason", "Nghỉ lễ")).post(floor.path("/closed-days")).then().statusCode(400);

        Floor.asAdmin().body(Map.of("from", today.plusDays(5).toString(), "reason", "Tập huấn nghiệp vụ"))
                .post(floor.path("/closed-days")).then().statusCode(201);
        Floor.asAdmin().header("Accept-Language", "vi").body(Map.of("from", today.plusDays(3).toString(), "to", today.plusDays(6).toString()))
                .post(floor.path("/closed-days")).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(pad(today.plusDays(5)) + " đã là ngày nghỉ (Tập huấn nghiệp vụ)"));
        assertThat(io.restassured.RestAssured.get(floor.path("/closed-days")).then().extract().jsonPath().getList("day", String.class))
                .as("nothing of the refused range was added").containsExactly(today.plusDays(5).toString());
        Floor.asAdmin().body(Map.of("from", today.plusDays(5).toString())).post(floor.path("/closed-days")).then().statusCode(409)
                .body("detail", containsString("already a closed date"));
        Floor.asAdmin().delete(floor.path("/closed-days/30-04-2027")).then().statusCode(400).body("detail", containsString("not a date"));
    }

    @Test
    void shouldLetOnlyTheCentersManagerOrAnAdministratorCloseIt() {
        Floor floor = Floor.create();
        Floor other = Floor.create();
        String tomorrow = today().plusDays(1).toString();
        floor.as(floor.user("OFFICER")).body(Map.of("from", tomorrow)).post(floor.path("/closed-days")).then().statusCode(403);
        other.as(other.user("MANAGER")).body(Map.of("from", tomorrow)).post(floor.path("/closed-days")).then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body(Map.of("from", tomorrow))
                .post(floor.path("/closed-days")).then().statusCode(401);
        assertThat(io.restassured.RestAssured.get(floor.path("/closed-days")).then().extract().jsonPath().getList("$")).isEmpty();
    }

    /** Past closed dates are the record of why a working day had no ticket: they stay. */
    @Test
    void shouldKeepAClosedDateOnceItHasPassed() {
        Floor floor = Floor.create();
        LocalDate day = today().plusDays(1);
        Floor.asAdmin().body(Map.of("from", day.toString())).post(floor.path("/closed-days")).then().statusCode(201);
        clock.advance(Duration.ofDays(3));
        try {
            Floor.asAdmin().delete(floor.path("/closed-days/" + day)).then().statusCode(409).body("detail", containsString("kept"));
            assertThat(io.restassured.RestAssured.get(floor.path("/closed-days")).then().extract().jsonPath().getList("$"))
                    .as("from today on").isEmpty();
        } finally {
            clock.advance(Duration.ofDays(-3));
        }
        assertThat(io.restassured.RestAssured.get(floor.path("/closed-days")).then().extract().jsonPath().getList("day", String.class))
                .containsExactly(day.toString());
    }

    @Test
    void shouldRefuseATicketOnAClosedDate() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1); // open round the clock
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201);

        LocalDate today = today();
        Floor.asAdmin().body(Map.of("from", today.toString(), "reason", "Chuyển trụ sở")).post(floor.path("/closed-days"))
                .then().statusCode(201);
        KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("opens again at " + today.plusDays(1) + " 00:00"));
        // the guidance desk judges for itself, as out of hours
        floor.issue("HT");
    }

    @Test
    void shouldReopenAfterTheHolidayInTheKioskView() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Floor.asAdmin().body(Map.of("opensAt", "07:00", "closesAt", "17:00")).patch("/api/centers/" + floor.center).then().statusCode(200);
        LocalDate today = today();
        // Tết: nine days from today, the weekend inside it
        Floor.asAdmin().body(Map.of("from", today.toString(), "to", today.plusDays(8).toString(), "reason", "Nghỉ Tết Nguyên đán"))
                .post(floor.path("/closed-days")).then().statusCode(201);

        JsonPath view = io.restassured.RestAssured.get(floor.path("/kiosk")).then().statusCode(200).extract().jsonPath();
        assertThat(view.getBoolean("open")).isFalse();
        assertThat(view.getString("nextOpening")).isEqualTo(today.plusDays(9) + "T07:00:00");
        assertThat(view.getList("closedDates", String.class)).hasSize(9).startsWith(today.toString()).endsWith(today.plusDays(8).toString());
        // said with its date: "thứ …" alone would name a day inside the holiday
        assertThat(view.getList("spokenReopening", String.class))
                .isEqualTo(org.onedoor.floor.voice.VietnameseTimes.words(today.plusDays(9).atTime(7, 0), today))
                .startsWith("bảy", "giờ").contains("ngày", "tháng");
    }

    private static List<String> events(Floor floor) {
        return Floor.asAdmin().get(floor.path("/events?after=0")).then().statusCode(200).extract().jsonPath().getList("type", String.class);
    }

    private static String pad(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
