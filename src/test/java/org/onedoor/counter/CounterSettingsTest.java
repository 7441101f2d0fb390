package org.onedoor.counter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestDatabase;

/** A counter's settings changed by a manager: while its officer opens it, or while people wait for it. */
@QuarkusTest
class CounterSettingsTest {

    @Inject
    TestDatabase database;

    /**
     * Counter 1 alone serves CT, where a citizen waits: taking CT off it would leave that citizen
     * to a queue no "Next" calls. Refused, until another counter serves CT; and the screens learn
     * how many counters now serve each field.
     */
    @Test
    void shouldRefuseToTakeAFieldWherePeopleWaitOffTheOnlyCounterServingIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10)
                .counter(1, "HT", "CT").counter(2, "HT").open(1).open(2);
        floor.issue("CT");

        String detail = Floor.asAdmin().body(Map.of("label", "Quầy 1", "fields", List.of("HT"))).put(floor.path("/counters/1"))
                .then().statusCode(409).contentType("application/problem+json").extract().path("detail");
        assertThat(detail).contains("CT").contains("1");
        assertThat(Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200).extract().jsonPath()
                .getList("find { it.number == 1 }.fields", String.class)).as("unchanged").containsExactly("HT", "CT");

        floor.counter(2, "HT", "CT");
        floor.counter(1, "HT");
        JsonPath log = Floor.asAdmin().queryParam("limit", 5000).get(floor.path("/events")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(log.getString("[-1].type")).isEqualTo("QueueChanged");
        assertThat(log.getInt("[-1].body.fields.find { it.field == 'CT' }.openCounters")).as("only counter 2 serves CT now")
                .isEqualTo(1);
    }

    /** A closed counter has no officer: paused, it would take transfers that nobody calls. */
    @Test
    void shouldNotPauseAClosedCounter() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Floor.asAdmin().post(floor.path("/counters/1/pause")).then().statusCode(409).contentType("application/problem+json");
        floor.open(1);
        Floor.asAdmin().post(floor.path("/counters/1/pause")).then().statusCode(200);
    }

    @Test
    void shouldKeepTheOfficersOpeningWhenTheManagerRelabelsTheCounterAtTheSameTime() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                String label = "Quầy 1 – lượt " + round;
                Future<Integer> relabel = both.submit(() -> Floor.asAdmin().body(Map.of("label", label, "fields", List.of("HT")))
                        .put(floor.path("/counters/1")).statusCode());
                Future<Integer> open = both.submit(() -> Floor.asAdmin().post(floor.path("/counters/1/open")).statusCode());
                assertThat(List.of(relabel.get(), open.get())).containsOnly(200);

                JsonPath counter = Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200).extract().jsonPath();
                assertThat(counter.getString("find { it.number == 1 }.state")).as("round %d", round).isEqualTo("OPEN");
                assertThat(counter.getString("find { it.number == 1 }.label")).as("round %d", round).isEqualTo(label);
                Floor.asAdmin().post(floor.path("/counters/1/close")).then().statusCode(200);
            }
        } finally {
            both.shutdownNow();
        }
    }

    /**
     * Counters 1 and 2 both serve CT, where a citizen waits; two managers at once each take CT off
     * one of them. Each alone is allowed (the other counter still serves CT); both would leave the
     * citizen to a queue no "Next" calls. Here both edits are held, after their checks, on a lock
     * on the counters' fields, so that on a server that let them check at once both would pass.
     */
    @Test
    void shouldNotLetTwoManagersEachTakeTheSameFieldOffTheLastTwoCounters() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10)
                .counter(1, "HT", "CT").counter(2, "HT", "CT").open(1).open(2);
        floor.issue("CT");
        ExecutorService both = Executors.newFixedThreadPool(2);
        // reads of the fields go on; their rewrite waits
        try (Connection holder = database.lockTable("counter_field", "SHARE")) {
            Future<Integer> first = both.submit(() -> Floor.asAdmin().body(Map.of("label", "Quầy 1", "fields", List.of("HT")))
                    .put(floor.path("/counters/1")).statusCode());
            Future<Integer> second = both.submit(() -> Floor.asAdmin().body(Map.of("label", "Quầy 2", "fields", List.of("HT")))
                    .put(floor.path("/counters/2")).statusCode());
            database.awaitLockWaits(2, null);
            holder.rollback();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            both.shutdownNow();
        }
        JsonPath counters = Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200).extract().jsonPath();
        assertThat(counters.getList("findAll { it.fields.contains('CT') }.number")).as("CT is still served").hasSize(1);
    }
}
