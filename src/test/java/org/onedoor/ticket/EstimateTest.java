package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

@QuarkusTest
class EstimateTest {

    /**
     * Tuesday 24 November 2026, 09:00 in Vietnam: the tests that move the clock start here, so a
     * run near midnight in Vietnam (17:00 UTC) does not take their completions into the next service day.
     */
    static final Instant MID_MORNING = Instant.parse("2026-11-24T02:00:00Z");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.unfreeze();
    }

    @Test
    void shouldEstimateFromTheConfiguredMinutesAndTheOpenCounters() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        for (int i = 0; i < 4; i++) {
            floor.issue("HT");
        }
        // no counter open yet: both configured counters are counted
        assertThat(floor.issue("HT").getInt("estimatedWaitMinutes")).isEqualTo(4 * 10 / 2);

        floor.open(1);
        var sixth = floor.issue("HT");
        assertThat(sixth.getInt("position")).isEqualTo(6);
        assertThat(sixth.getInt("peopleAhead")).isEqualTo(5);
        assertThat(sixth.getInt("estimatedWaitMinutes")).isEqualTo(5 * 10);
    }

    @Test
    void shouldCountOnlyPriorityTicketsAheadOfANewPriorityTicketUnderTheStrictPolicy() {
        Floor floor = Floor.create("STRICT", 2).fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10)
                .counter(1, "HT").open(1);
        floor.issue("HT");
        floor.issue("HT");
        floor.issue("CT");
        assertThat(floor.issue("HT", "ELDERLY").getInt("peopleAhead")).as("called before the normal ones").isEqualTo(0);
        assertThat(floor.issue("HT", "ELDERLY").getInt("peopleAhead")).isEqualTo(1);
        var normal = floor.issue("HT");
        assertThat(normal.getInt("peopleAhead")).as("two normal and two priority; not the other field's").isEqualTo(4);
        assertThat(normal.getInt("position")).isEqualTo(5);
    }

    @Test
    void shouldCountEveryEarlierTicketAheadOfAPriorityTicketUnderTheRatioPolicy() {
        Floor floor = Floor.create("RATIO", 2).fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        floor.issue("HT");
        assertThat(floor.issue("HT", "ELDERLY").getInt("peopleAhead")).isEqualTo(2);
    }

    @Test
    void shouldLearnTheServiceTimeFromTodaysCompletedTickets() {
        clock.freezeAt(MID_MORNING);
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        floor.issue("HT");
        floor.issue("HT");

        String id = floor.callNext(1).getString("id");
        Floor.asAdmin().post("/api/tickets/" + id + "/start").then().statusCode(200);
        clock.advance(Duration.ofMinutes(4));
        Floor.asAdmin().post("/api/tickets/" + id + "/complete").then().statusCode(200);

        var queue = Floor.asAdmin().get(floor.path("/queue")).then().statusCode(200)
                .body("fields[0].averageServiceMinutes", is(9.0f)) // (4 + 5 × 10) ÷ 6: the configured 10 weigh five tickets
                .body("fields[0].waiting", is(2))
                .body("fields[0].openCounters", is(1))
                .extract().jsonPath();
        assertThat(queue.getList("fields[0].waitingTickets.estimatedWaitMinutes", Integer.class)).containsExactly(0, 9);
        assertThat(queue.getInt("fields[0].estimatedWaitMinutes")).isEqualTo(18);
        var log = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath();
        int last = log.getList("seq").size() - 1;
        assertThat(log.getString("[" + (last - 1) + "].type")).isEqualTo("TicketDone");
        assertThat(log.getString("[" + last + "].type")).isEqualTo("QueueChanged");
        assertThat(log.getInt("[" + last + "].body.fields[0].estimatedWaitMinutes")).as("learned at completion").isEqualTo(18);
        assertThat(floor.issue("HT").getInt("estimatedWaitMinutes")).isEqualTo(18);

        // a second completion, of 2 minutes, and a rating of the first (a change of a done ticket
        // that must not count it again): (4 + 2 + 5 × 10) ÷ 7
        String screen = Floor.asAdmin().body(java.util.Map.of("kind", "COUNTER_SCREEN", "name", "Quầy 1", "counter", 1))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("token");
        KioskTestDevices.asDevice(screen).body(java.util.Map.of("score", "SATISFIED")).post("/api/tickets/" + id + "/rating")
                .then().statusCode(200);
        String second = floor.callNext(1).getString("id");
        Floor.asAdmin().post("/api/tickets/" + second + "/start").then().statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        Floor.asAdmin().post("/api/tickets/" + second + "/complete").then().statusCode(200);
        Floor.asAdmin().get(floor.path("/queue")).then().statusCode(200).body("fields[0].averageServiceMinutes", is(8.0f));
    }

    /**
     * The day's first citizens only asked a question (served in seconds): the kiosk said "about
     * 0 minutes" to everyone behind them. Today's few completions are weighed against the
     * configured minutes until there are enough of them.
     */
    @Test
    void shouldNotPromiseNoWaitAfterTheDaysFirstQuickServices() {
        clock.freezeAt(MID_MORNING);
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        for (int i = 0; i < 8; i++) {
            floor.issue("HT");
        }
        for (int seconds : new int[] {1, 6}) {
            String id = floor.callNext(1).getString("id");
            Floor.asAdmin().post("/api/tickets/" + id + "/start").then().statusCode(200);
            clock.advance(Duration.ofSeconds(seconds));
            Floor.asAdmin().post("/api/tickets/" + id + "/complete").then().statusCode(200);
        }

        // six waiting, about 7.2 minutes each: (2 × 0.06 + 5 × 10) ÷ 7
        assertThat(floor.issue("HT").getInt("estimatedWaitMinutes")).isEqualTo(43);
    }

    @Test
    void shouldShowWhoIsServedAtEachCounterInTheQueue() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5)
                .counter(1, "HT", "CT").counter(2, "CT").open(1);
        floor.issue("CT");
        floor.issue("HT", "ELDERLY");
        floor.callNext(1);

        var queue = Floor.asAdmin().get(floor.path("/queue")).then().statusCode(200).extract().jsonPath();
        assertThat(queue.getString("counters[0].nowServing.code")).isEqualTo("A001");
        assertThat(queue.getString("counters[0].state")).isEqualTo("OPEN");
        assertThat(queue.getList("counters[0].fields", String.class)).containsExactly("HT", "CT");
        assertThat(queue.getString("counters[1].nowServing")).isNull();
        assertThat(queue.getString("counters[1].state")).isEqualTo("CLOSED");
        assertThat(queue.getLong("lastSeq")).isPositive();
    }
}
