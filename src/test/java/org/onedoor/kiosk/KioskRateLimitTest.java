package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

/** A stuck touch screen or a prank at one kiosk cannot drain the day's numbers. */
@QuarkusTest
class KioskRateLimitTest {

    @Inject
    KioskLimits limits;

    @Inject
    TestClock clock;

    @Test
    void shouldRefuseAKioskIssuingFasterThanItsLimitAndIssueNothing() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        String otherKiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        assertThat(limits.burst()).isBetween(2, limits.perMinute());

        for (int i = 0; i < limits.burst(); i++) {
            take(kiosk).then().statusCode(201);
        }
        Response refused = take(kiosk);

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("guidance desk"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, (long) Math.ceil(60.0 / limits.perMinute()));
        assertThat(waiting(floor)).isEqualTo(limits.burst());
        // the limit is the kiosk's own: the one beside it still gives numbers
        take(otherKiosk).then().statusCode(201);
        assertThat(waiting(floor)).isEqualTo(limits.burst() + 1);

        // after Retry-After, one more ticket; then it waits again (no second burst without a quiet spell)
        clock.advance(Duration.ofSeconds(retryAfter));
        take(kiosk).then().statusCode(201);
        take(kiosk).then().statusCode(429);
        assertThat(waiting(floor)).isEqualTo(limits.burst() + 2);
    }

    @Test
    void shouldGiveAFullBurstAgainAfterAQuietSpell() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        for (int i = 0; i < limits.burst(); i++) {
            take(kiosk).then().statusCode(201);
        }
        take(kiosk).then().statusCode(429);

        clock.advance(Duration.ofMinutes(1));

        for (int i = 0; i < limits.burst(); i++) {
            take(kiosk).then().statusCode(201);
        }
        take(kiosk).then().statusCode(429);
    }

    @Test
    void shouldNotThrottleStaffIssuingAtTheGuidanceDesk() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String guide = floor.user("GUIDE");
        int many = limits.burst() + limits.perMinute() + 1;

        for (int i = 0; i < many; i++) {
            floor.as(guide).body(Map.of("field", "HT")).post(floor.path("/tickets")).then().statusCode(201);
        }

        assertThat(waiting(floor)).isEqualTo(many);
    }

    private static Response take(String kiosk) {
        return KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets");
    }

    private static int waiting(Floor floor) {
        return io.restassured.RestAssured.given().get(floor.path("/kiosk")).then().statusCode(200).extract()
                .path("fields.find { it.code == 'HT' }.waiting");
    }
}
