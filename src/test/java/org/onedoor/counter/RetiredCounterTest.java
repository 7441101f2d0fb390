package org.onedoor.counter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/** A counter taken off the floor: a desk removed, or one made by mistake that no screen should show for good. */
@QuarkusTest
class RetiredCounterTest {

    @Test
    void shouldTakeAClosedCounterOffEveryListAndRefuseWorkAtIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        List<String> before = events(floor);

        Floor.asAdmin().delete(floor.path("/counters/2")).then().statusCode(204);

        given().get(floor.path("/counters")).then().statusCode(200).body("number", contains(1));
        given().get(floor.path("/queue")).then().statusCode(200).body("counters.number", contains(1));
        assertThat(events(floor).subList(before.size(), events(floor).size())).as("screens redraw the hall")
                .containsExactly("LayoutChanged");
        Floor.asAdmin().post(floor.path("/counters/2/open")).then().statusCode(404)
                .contentType("application/problem+json");
        Floor.asAdmin().delete(floor.path("/counters/2")).then().statusCode(404);
    }

    @Test
    void shouldRefuseToTakeAnOpenCounterOff() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(2);

        Floor.asAdmin().delete(floor.path("/counters/2")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("Counter 2 is open or paused; close it before it is taken off the floor."));
        given().get(floor.path("/counters")).then().body("number", contains(1, 2));
    }

    @Test
    void shouldRefuseToTakeOffTheLastCounterOfAFieldPeopleWaitIn() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        floor.issue("HT");

        Floor.asAdmin().delete(floor.path("/counters/1")).then().statusCode(409)
                .contentType("application/problem+json");
        given().get(floor.path("/counters")).then().body("number", contains(1));
    }

    @Test
    void shouldRefuseWhileACounterScreenStandsAtIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        String screen = Floor.asAdmin().body(Map.of("kind", "COUNTER_SCREEN", "name", "Màn hình quầy 2", "counter", 2))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("id");

        Floor.asAdmin().header("Accept-Language", "vi").delete(floor.path("/counters/2")).then().statusCode(409)
                .body("detail", is("Màn hình “Màn hình quầy 2” đang đặt ở quầy 2; hãy chuyển màn hình đó sang quầy khác"
                        + " hoặc thu hồi (mục Thiết bị) trước khi bỏ quầy."));

        Floor.asAdmin().post("/api/devices/" + floor.center + "/" + screen + "/revoke").then().statusCode(200);
        Floor.asAdmin().delete(floor.path("/counters/2")).then().statusCode(204);
    }

    /** Saved again, it is back, closed, with the board it is given and not the one it had, which went to another. */
    @Test
    void shouldBringARetiredCounterBackWhenItsNumberIsSavedAgain() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Floor.asAdmin().body(Map.of("label", "Quầy 2", "fields", List.of("HT"), "displayAddress", "modbus:2"))
                .put(floor.path("/counters/2")).then().statusCode(200);
        floor.open(2);
        floor.issue("HT");
        String served = floor.callNext(2).getString("id");
        floor.serve(served);
        Floor.asAdmin().post(floor.path("/counters/2/close")).then().statusCode(200);
        Floor.asAdmin().delete(floor.path("/counters/2")).then().statusCode(204);

        // its board is free for another counter
        Floor.asAdmin().body(Map.of("label", "Quầy 3", "fields", List.of("HT"), "displayAddress", "modbus:2"))
                .put(floor.path("/counters/3")).then().statusCode(200);

        Floor.asAdmin().body(Map.of("label", "Quầy tiếp dân", "fields", List.of("HT")))
                .put(floor.path("/counters/2")).then().statusCode(200);
        given().get(floor.path("/counters")).then().body("number", contains(1, 2, 3))
                .body("find { it.number == 2 }.label", is("Quầy tiếp dân"))
                .body("find { it.number == 2 }.state", is("CLOSED"))
                .body("find { it.number == 2 }.displayAddress", is((Object) null));
        floor.open(2);
    }

    private static List<String> events(Floor floor) {
        return Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().path("type");
    }
}
