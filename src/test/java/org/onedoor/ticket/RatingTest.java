package org.onedoor.ticket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

@QuarkusTest
class RatingTest {

    @Inject
    TestClock clock;

    @Test
    void shouldRecordTheCitizensRatingFromTheScreenOfTheServingCounterOnce() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String screen = counterScreen(floor, 1);
        String id = served(floor);

        asDevice(screen).body(Map.of("score", "VERY_SATISFIED")).post("/api/tickets/" + id + "/rating").then()
                .statusCode(200).body("rating", is("VERY_SATISFIED")).body("counter", is(1));

        var log = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath();
        int last = log.getList("seq").size() - 1;
        org.assertj.core.api.Assertions.assertThat(log.getString("[" + last + "].type")).isEqualTo("TicketRated");
        org.assertj.core.api.Assertions.assertThat(log.getString("[" + last + "].body.score")).isEqualTo("VERY_SATISFIED");
        asDevice(screen).body(Map.of("score", "UNSATISFIED")).post("/api/tickets/" + id + "/rating").then()
                .statusCode(409).body("detail", containsString("already been rated"));
    }

    @Test
    void shouldTakeRatingsOnlyForServedTicketsFromTheirOwnCountersScreen() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1);
        String mine = counterScreen(floor, 1);
        String neighbour = counterScreen(floor, 2);
        floor.issue("HT");
        String id = floor.callNext(1).getString("id");

        asDevice(mine).body(Map.of("score", "SATISFIED")).post("/api/tickets/" + id + "/rating").then()
                .statusCode(409).body("detail", containsString("A001 is called"));
        floor.serve(id);
        asDevice(neighbour).body(Map.of("score", "UNSATISFIED")).post("/api/tickets/" + id + "/rating").then()
                .statusCode(403);
        Floor.asAdmin().body(Map.of("score", "SATISFIED")).post("/api/tickets/" + id + "/rating").then()
                .statusCode(403);
        asDevice(mine).body(Map.of("score", "SO-SO")).post("/api/tickets/" + id + "/rating").then().statusCode(400);
        asDevice(mine).body(Map.of("score", "SATISFIED")).post("/api/tickets/" + id + "/rating").then()
                .statusCode(200).body("rating", is("SATISFIED"));
    }

    /** The citizen rates as they leave the counter: a rating long after, by whoever holds the screen, is refused. */
    @Test
    void shouldRefuseARatingLongAfterTheServiceEnded() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String screen = counterScreen(floor, 1);
        String id = served(floor);
        clock.advance(Duration.ofMinutes(11));

        asDevice(screen).body(Map.of("score", "VERY_SATISFIED")).post("/api/tickets/" + id + "/rating").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("more than 10 min"));
        Floor.asAdmin().get("/api/tickets/" + id).then().statusCode(200).body("rating", nullValue());
    }

    /** A ticket of HT issued, called at counter 1 and served there; its id. */
    private static String served(Floor floor) {
        floor.issue("HT");
        String id = floor.callNext(1).getString("id");
        floor.serve(id);
        return id;
    }

    private static String counterScreen(Floor floor, int counter) {
        return Floor.asAdmin().body(Map.of("kind", "COUNTER_SCREEN", "name", "Quầy " + counter, "counter", counter))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("token");
    }

    private static RequestSpecification asDevice(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
