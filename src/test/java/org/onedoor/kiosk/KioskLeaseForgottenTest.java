package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/**
 * A kiosk that lost its record of today's lease (its browser's storage emptied, or restored from
 * an older day) may have given some of its numbers on paper: offered again, one would go to a
 * second citizen. It says what it holds when it asks; holding nothing of today, it gets new numbers.
 */
@QuarkusTest
class KioskLeaseForgottenTest {

    @Test
    void shouldNeverOfferAgainTheNumbersOfALeaseTheKioskForgot() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        JsonPath first = lease(kiosk, "none");
        String today = first.getString("day");
        assertThat(codes(first)).startsWith("A990").hasSize(10);
        assertThat(codes(lease(kiosk, today))).as("holding today's lease: the same numbers").startsWith("A990");

        assertThat(codes(lease(kiosk, "none"))).as("holding none: a new block").startsWith("A980").endsWith("A989");
        assertThat(codes(lease(kiosk, "2020-01-01"))).as("holding an older day's: a new block").startsWith("A970");
        assertThat(codes(lease(kiosk, today))).startsWith("A970");

        // a copy of the kiosk that kept its record hands in a number of a retired block: recorded
        JsonPath handed = KioskTestDevices.asDevice(kiosk)
                .body(List.of(Map.of("field", "HT", "number", 990, "issuedAt", Instant.now().toString())))
                .post("/api/kiosk/offline-tickets").then().statusCode(200).extract().jsonPath();
        assertThat(handed.getList("outcome")).containsExactly("RECORDED");
        assertThat(floor.callNextCode(1)).isEqualTo("A990");
    }

    @Test
    void shouldRefuseAHeldDayThatIsNoDay() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);

        KioskTestDevices.asDevice(kiosk).queryParam("held", "yesterday").post("/api/kiosk/lease").then().statusCode(400)
                .contentType("application/problem+json");

        assertThat(codes(lease(kiosk, "none"))).as("nothing retired by the refused request").startsWith("A990");
    }

    private static JsonPath lease(String kiosk, String held) {
        return KioskTestDevices.asDevice(kiosk).queryParam("held", held).post("/api/kiosk/lease").then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> codes(JsonPath lease) {
        return lease.getList("fields.find { it.field == 'HT' }.numbers.code");
    }
}
