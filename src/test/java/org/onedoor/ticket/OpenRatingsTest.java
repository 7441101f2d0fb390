package org.onedoor.ticket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.TestClock;

/**
 * The snapshot's {@code openRatings}: what a counter screen that starts afresh offers its citizen.
 * Each is a ticket whose rating the rating endpoint would still take, at a counter that has
 * called no one since.
 */
@QuarkusTest
class OpenRatingsTest {

    @Inject
    TestClock clock;

    @Test
    void shouldListTheTicketJustCompletedAtEachCounterUntilItsRatingWindowCloses() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        String first = served(floor, 1);
        String second = served(floor, 2);
        Instant doneAt = Instant.parse(Floor.asAdmin().get("/api/tickets/" + second).then().statusCode(200)
                .extract().path("finishedAt"));

        JsonNode open = snapshot(floor).get("openRatings");

        assertThat(open).hasSize(2);
        assertThat(open.at("/0/ticket/id").asText()).isEqualTo(first);
        assertThat(open.at("/0/ticket/counter").asInt()).isEqualTo(1);
        assertThat(open.at("/1/ticket/id").asText()).isEqualTo(second);
        assertThat(open.at("/1/ticket/code").asText()).isEqualTo("A002");
        assertThat(open.at("/1/ticket/counter").asInt()).isEqualTo(2);
        assertThat(open.at("/1/ticket/state").asText()).isEqualTo("DONE");
        assertThat(Instant.parse(open.at("/1/doneAt").asText())).isEqualTo(doneAt);
        assertThat(Instant.parse(open.at("/1/closesAt").asText())).isEqualTo(doneAt.plus(RatingWindow.LENGTH));

        clock.advance(RatingWindow.LENGTH.plus(Duration.ofMinutes(1)));
        assertThat(snapshot(floor).get("openRatings")).as("the window closed: the rating would be refused").isEmpty();
    }

    @Test
    void shouldNotListATicketAlreadyRated() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String id = served(floor, 1);
        given().header("Authorization", "Bearer " + counterScreen(floor, 1)).contentType(ContentType.JSON)
                .body(Map.of("score", "SATISFIED")).post("/api/tickets/" + id + "/rating").then().statusCode(200);

        assertThat(snapshot(floor).get("openRatings")).isEmpty();
    }

    /** The officer has called the next citizen: the screen is theirs now. */
    @Test
    void shouldNotListATicketOnceItsCounterCalledTheNext() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        served(floor, 1);
        floor.issue("HT");
        floor.callNext(1);

        assertThat(snapshot(floor).get("openRatings")).isEmpty();
    }

    /** The next citizen was called and sent on to another counter: the counter still moved on from the one before. */
    @Test
    void shouldNotListATicketOnceItsCounterCalledTheNextEvenIfThatOneWasSentOn() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        served(floor, 1);
        floor.issue("HT");
        floor.sendTo(floor.callNext(1).getString("id"), 2);

        assertThat(snapshot(floor).get("openRatings")).isEmpty();
    }

    /** Another counter's calls, the one it sent on included, are that counter's: this one still has its citizen. */
    @Test
    void shouldKeepListingATicketWhileOnlyOtherCountersCall() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").counter(3, "HT")
                .open(1).open(2).open(3);
        String rated = served(floor, 1);
        floor.issue("HT");
        floor.sendTo(floor.callNext(2).getString("id"), 3);

        JsonNode open = snapshot(floor).get("openRatings");
        assertThat(open).hasSize(1);
        assertThat(open.at("/0/ticket/id").asText()).isEqualTo(rated);
    }

    @Test
    void shouldNotListATicketWhoseCitizenDidNotCome() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        String id = floor.callNext(1).getString("id");
        Floor.asAdmin().post("/api/tickets/" + id + "/recall").then().statusCode(200);
        Floor.asAdmin().post("/api/tickets/" + id + "/no-show").then().statusCode(200);

        assertThat(snapshot(floor).get("openRatings")).isEmpty();
    }

    /** A ticket of HT issued, called at the counter and served there; its id. */
    private static String served(Floor floor, int counter) {
        floor.issue("HT");
        String id = floor.callNext(counter).getString("id");
        floor.serve(id);
        return id;
    }

    private static JsonNode snapshot(Floor floor) {
        FloorClient screen = FloorClient.connect(floor.center, floor.hallScreen(), null);
        JsonNode snapshot = screen.next();
        screen.close();
        assertThat(snapshot.get("type").asText()).isEqualTo("Snapshot");
        return snapshot;
    }

    private static String counterScreen(Floor floor, int counter) {
        return Floor.asAdmin().body(Map.of("kind", "COUNTER_SCREEN", "name", "Quầy " + counter, "counter", counter))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("token");
    }
}
