package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.TestClock;
import org.onedoor.testing.TestDatabase;

/**
 * The QueueChanged that follows a cancel or a transfer is written in the same statement as the
 * ticket's change, from counts read before it: it must show the queue as it is after the change,
 * the ticket out of the lane it left and in the one it joined.
 */
@QuarkusTest
class QueueChangedTest {

    @Inject
    TestClock clock;

    @Inject
    TestDatabase database;

    @Test
    void shouldCountTheQueueAsItIsAfterACancelOrATransfer() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10)
                .counter(1, "HT").counter(2, "CT").open(1).open(2);
        String first = floor.issue("HT").getString("id");
        String second = floor.issue("HT").getString("id");
        String third = floor.issue("HT").getString("id");
        floor.issue("CT");
        assertThat(lastWaiting(floor)).isEqualTo(Map.of("HT", 3, "CT", 1));

        Floor.asAdmin().post("/api/tickets/" + first + "/cancel").then().statusCode(200);
        assertThat(lastWaiting(floor)).as("after a waiting ticket's cancel").isEqualTo(Map.of("HT", 2, "CT", 1));

        Floor.asAdmin().body(Map.of("field", "CT")).post("/api/tickets/" + second + "/transfer").then().statusCode(200);
        assertThat(lastWaiting(floor)).as("after a transfer to another field").isEqualTo(Map.of("HT", 1, "CT", 2));

        // sent to one counter, it waits for that counter only, and still counts in its field for the hall
        Floor.asAdmin().body(Map.of("counter", 2)).post("/api/tickets/" + third + "/transfer").then().statusCode(200);
        assertThat(lastWaiting(floor)).as("after a transfer to one counter").isEqualTo(Map.of("HT", 1, "CT", 2));
        assertThat(lastSentToCounters(floor)).as("counted for that counter: its officer sees it").isEqualTo(Map.of(2, 1));
        assertThat(lastInLane(floor)).as("and out of its field's own queue, which counter 1 calls").isEqualTo(Map.of("HT", 0, "CT", 2));
        JsonPath snapshot = Floor.asAdmin().get(floor.path("/queue")).then().statusCode(200).extract().jsonPath();
        assertThat(List.of(snapshot.getInt("fields.find { it.field == 'HT' }.waiting"),
                snapshot.getInt("fields.find { it.field == 'CT' }.waiting"))).as("a screen's snapshot counts the same")
                .containsExactly(1, 2);
        assertThat(List.of(snapshot.getInt("counters.find { it.number == 1 }.sentHere"),
                snapshot.getInt("counters.find { it.number == 2 }.sentHere"))).containsExactly(0, 1);

        // called, then sent back to its field: it joins the lane again
        assertThat(floor.callNextCode(2)).isEqualTo("A003");
        Floor.asAdmin().body(Map.of("field", "HT")).post("/api/tickets/" + third + "/transfer").then().statusCode(200);
        assertThat(lastWaiting(floor)).as("after a called ticket's transfer").isEqualTo(Map.of("HT", 1, "CT", 2));
        assertThat(lastSentToCounters(floor)).as("called, it waits for counter 2 no more").isEmpty();

        // a waiting ticket sent on to another counter leaves the first counter's count
        String fourth = floor.issue("CT").getString("id");
        Floor.asAdmin().body(Map.of("counter", 2)).post("/api/tickets/" + fourth + "/transfer").then().statusCode(200);
        assertThat(lastSentToCounters(floor)).isEqualTo(Map.of(2, 1));
        assertThat(lastWaiting(floor)).isEqualTo(Map.of("HT", 1, "CT", 3));
        Floor.asAdmin().body(Map.of("counter", 1, "field", "HT")).post("/api/tickets/" + fourth + "/transfer").then().statusCode(200);
        assertThat(lastSentToCounters(floor)).isEqualTo(Map.of(1, 1));
        assertThat(lastWaiting(floor)).as("sent to another field's counter").isEqualTo(Map.of("HT", 2, "CT", 2));
        assertThat(lastInLane(floor)).isEqualTo(Map.of("HT", 1, "CT", 2));
        Floor.asAdmin().post("/api/tickets/" + fourth + "/cancel").then().statusCode(200);
        assertThat(lastSentToCounters(floor)).as("after its cancel").isEmpty();
        assertThat(lastWaiting(floor)).isEqualTo(Map.of("HT", 1, "CT", 2));
    }

    /**
     * Yesterday's ticket, left waiting at closing, is cancelled this morning: today's queue did not
     * change, so no QueueChanged follows (it took the ticket out of today's count: -1 people).
     */
    @Test
    void shouldLeaveTodaysQueueAloneWhenYesterdaysTicketIsClosedOut() {
        try {
            clock.freezeAt(Instant.parse("2026-11-23T09:00:00Z"));
            Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
            String yesterdays = floor.issue("HT").getString("id");
            clock.freezeAt(Instant.parse("2026-11-24T02:00:00Z"));
            floor.issue("HT");
            assertThat(lastWaiting(floor)).isEqualTo(Map.of("HT", 1));

            Floor.asAdmin().post("/api/tickets/" + yesterdays + "/cancel").then().statusCode(200);

            JsonPath log = Floor.asAdmin().queryParam("limit", 5000).get(floor.path("/events")).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(log.getList("type", String.class)).last().isEqualTo("TicketCancelled");
            assertThat(waitingAt(floor, -2)).as("today's count stands").isEqualTo(Map.of("HT", 1));
        } finally {
            clock.unfreeze();
        }
    }

    /** Yesterday's ticket was sent to counter 2, closed since: closing the ticket out does not need the counter. */
    @Test
    void shouldCancelYesterdaysTicketSentToACounterClosedSince() {
        try {
            clock.freezeAt(Instant.parse("2026-11-23T09:00:00Z"));
            Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
            String yesterdays = floor.issue("HT").getString("id");
            Floor.asAdmin().body(Map.of("counter", 2)).post("/api/tickets/" + yesterdays + "/transfer").then().statusCode(200);
            clock.freezeAt(Instant.parse("2026-11-24T02:00:00Z"));
            Floor.asAdmin().post(floor.path("/counters/2/close")).then().statusCode(200);

            Floor.asAdmin().post("/api/tickets/" + yesterdays + "/cancel").then().statusCode(200)
                    .body("state", org.hamcrest.Matchers.is("CANCELLED"));
        } finally {
            clock.unfreeze();
        }
    }

    /**
     * Two counters press "Next" at once: each counts the queue before the other's call commits, as
     * both queue behind the center's event row. The last QueueChanged must show both calls gone.
     */
    @Test
    void shouldCountBothCallsWhenTwoCountersCallAtOnce() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        for (int i = 0; i < 3; i++) {
            floor.issue("HT");
        }
        List<Integer> statuses = whileEventsHeld(floor, () -> Floor.asAdmin().post(floor.path("/counters/1/call-next")),
                () -> Floor.asAdmin().post(floor.path("/counters/2/call-next")));
        assertThat(statuses).containsExactly(200, 200);
        assertThat(awaitLastWaiting(floor, Map.of("HT", 1))).as("three waited, two were called").isEqualTo(Map.of("HT", 1));
        List<String> types = Floor.asAdmin().queryParam("limit", 5000).get(floor.path("/events")).then().statusCode(200)
                .extract().jsonPath().getList("type", String.class);
        assertThat(types.subList(types.size() - 5, types.size())).as("the second call's count, overtaken, is followed"
                + " by one counted again; the first call's stands").containsExactly("TicketCalled", "QueueChanged",
                "TicketCalled", "QueueChanged", "QueueChanged");
    }

    /** A cancel and an issue at once, each counting before the other commits: the last count has both. */
    @Test
    void shouldCountACancelAndAnIssueThatHappenAtOnce() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String first = floor.issue("HT").getString("id");
        floor.issue("HT");
        List<Integer> statuses = whileEventsHeld(floor, () -> Floor.asAdmin().post("/api/tickets/" + first + "/cancel"),
                () -> Floor.asAdmin().body(Map.of("field", "HT")).post(floor.path("/tickets")));
        assertThat(statuses).containsExactly(200, 201);
        assertThat(awaitLastWaiting(floor, Map.of("HT", 2))).as("two waited, one left, one came").isEqualTo(Map.of("HT", 2));
    }

    /** The requests, queued behind the center's event row as a slow transaction holds it, then let go: their statuses. */
    @SafeVarargs
    private List<Integer> whileEventsHeld(Floor floor, Supplier<Response>... requests) throws Exception {
        try (HeldRow events = HeldRow.center(database, floor.center)) {
            return events.letThrough(Arrays.stream(requests).map(request -> (Callable<Integer>) () -> request.get().statusCode())
                    .toList());
        }
    }

    /**
     * The waiting counts of the center's last event once they are {@code expected}, or as they
     * stand after 10 s: an overtaken count is corrected a moment after the actions, off their requests.
     */
    private static Map<String, Integer> awaitLastWaiting(Floor floor, Map<String, Integer> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Map<String, Integer> last = lastWaiting(floor);
        while (!last.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = lastWaiting(floor);
        }
        return last;
    }

    /** The waiting count of each field in the center's last event, which must be a QueueChanged. */
    private static Map<String, Integer> lastWaiting(Floor floor) {
        return waitingAt(floor, -1);
    }

    /** The tickets in each field's own lane in the center's last QueueChanged. */
    private static Map<String, Integer> lastInLane(Floor floor) {
        List<Map<String, Object>> fields = lastQueueChanged(floor).getList("fields");
        return fields.stream().collect(Collectors.toMap(f -> (String) f.get("field"), f -> (Integer) f.get("inLane")));
    }

    /** The tickets sent to one counter in the center's last QueueChanged: counter number → count. */
    private static Map<Integer, Integer> lastSentToCounters(Floor floor) {
        List<Map<String, Object>> counters = lastQueueChanged(floor).getList("sentToCounters");
        return counters.stream().collect(Collectors.toMap(c -> (Integer) c.get("counter"), c -> (Integer) c.get("waiting")));
    }

    /** The body of the center's last event, which must be a QueueChanged. */
    private static JsonPath lastQueueChanged(Floor floor) {
        JsonPath log = Floor.asAdmin().queryParam("limit", 5000).get(floor.path("/events")).then().statusCode(200)
                .extract().jsonPath();
        int at = log.getList("seq").size() - 1;
        assertThat(log.getString("[" + at + "].type")).isEqualTo("QueueChanged");
        return log.setRootPath("[" + at + "].body");
    }

    /** The same of the event at this index of the center's log (-1: the last), which must be a QueueChanged. */
    private static Map<String, Integer> waitingAt(Floor floor, int index) {
        JsonPath log = Floor.asAdmin().queryParam("limit", 5000).get(floor.path("/events")).then().statusCode(200)
                .extract().jsonPath();
        int at = index >= 0 ? index : log.getList("seq").size() + index;
        assertThat(log.getString("[" + at + "].type")).isEqualTo("QueueChanged");
        List<Map<String, Object>> fields = log.getList("[" + at + "].body.fields");
        return fields.stream().collect(Collectors.toMap(f -> (String) f.get("field"),
                f -> (Integer) f.get("waiting")));
    }
}
