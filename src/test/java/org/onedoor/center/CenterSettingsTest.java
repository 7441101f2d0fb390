package org.onedoor.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/** Two changes to a center's settings at once, by two staff members. */
@QuarkusTest
class CenterSettingsTest {

    @Test
    void shouldKeepBothOfTwoSettingsChangedAtTheSameTime() throws Exception {
        Floor floor = Floor.create();
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String name = "Trung tâm phục vụ hành chính công – lượt " + round;
                String notice = "Thông báo lượt " + round;
                Future<Integer> renamed = both.submit(() -> Floor.asAdmin().body(Map.of("name", name))
                        .patch("/api/centers/" + floor.center).statusCode());
                Future<Integer> noticed = both.submit(() -> Floor.asAdmin().body(Map.of("notice", notice))
                        .patch("/api/centers/" + floor.center).statusCode());
                assertThat(List.of(renamed.get(), noticed.get())).containsOnly(200);

                JsonPath center = Floor.asAdmin().get("/api/centers/" + floor.center).then().statusCode(200).extract().jsonPath();
                assertThat(center.getString("name")).as("round %d", round).isEqualTo(name);
                assertThat(center.getString("notice")).as("round %d", round).isEqualTo(notice);
            }
        } finally {
            both.shutdownNow();
        }
    }

    /**
     * A rollover inside opening hours would start a second A001 the same morning and drop the
     * waiting queue; one after closing would date every ticket of the day the day before.
     */
    @Test
    void shouldRefuseADayRolloverAfterOpeningTime() {
        Floor floor = Floor.create();
        Floor.asAdmin().body(Map.of("opensAt", "07:00", "closesAt", "17:00")).patch("/api/centers/" + floor.center)
                .then().statusCode(200);

        Floor.asAdmin().header("Accept-Language", "vi").body(Map.of("dayRollover", "10:00")).patch("/api/centers/" + floor.center)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("phải từ 00:00 đến giờ mở cửa (07:00)"));
        Floor.asAdmin().body(Map.of("closesAt", "00:00", "dayRollover", "20:00")).patch("/api/centers/" + floor.center)
                .then().statusCode(400);
        Floor.asAdmin().body(Map.of("dayRollover", "03:00")).patch("/api/centers/" + floor.center).then().statusCode(200);
        Floor.asAdmin().body(Map.of("dayRollover", "07:00")).patch("/api/centers/" + floor.center).then().statusCode(200)
                .body("dayRollover", org.hamcrest.Matchers.startsWith("07:00"));
        Floor.asAdmin().body(Map.of("dayRollover", "17:30")).patch("/api/centers/" + floor.center).then().statusCode(400)
                .contentType("application/problem+json");
        Floor.asAdmin().body(Map.of("opensAt", "06:00")).patch("/api/centers/" + floor.center)
                .then().statusCode(400); // opening moved before the rollover
    }
}
