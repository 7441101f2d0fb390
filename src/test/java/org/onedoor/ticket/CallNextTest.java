package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.TestClock;
import org.onedoor.testing.TestDatabase;

@QuarkusTest
class CallNextTest {

    @Inject
    TestDatabase database;

    @Inject
    TestClock clock;

    @Test
    void shouldCallThePrimaryFieldBeforeSecondaryOnes() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5)
                .counter(1, "CT", "HT").open(1);
        floor.issue("HT");
        floor.issue("HT");
        floor.issue("CT");

        assertThat(callAll(floor, 1)).containsExactly("B001", "A001", "A002");
    }

    @Test
    void shouldBreakTiesByArrivalAcrossCounters() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        for (int i = 0; i < 4; i++) {
            floor.issue("HT");
        }

        List<String> called = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var next = floor.callNext(1 + i % 2);
            called.add(next.getString("code"));
            floor.serve(next.getString("id"));
        }

        assertThat(called).containsExactly("A001", "A002", "A003", "A004");
    }

    @Test
    void shouldCallPriorityTicketsFirstUnderTheStrictPolicy() {
        Floor floor = Floor.create("STRICT", 2).fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        floor.issue("HT");
        floor.issue("HT", "ELDERLY");

        assertThat(callAll(floor, 1)).containsExactly("A003", "A001", "A002");
    }

    @Test
    void shouldCallOnePriorityTicketAfterEveryTwoNormalOnesUnderTheRatioPolicy() {
        Floor floor = Floor.create("RATIO", 2).fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        for (int i = 0; i < 4; i++) {
            floor.issue("HT");
        }
        floor.issue("HT", "PREGNANT");
        floor.issue("HT", "DISABILITY");

        assertThat(callAll(floor, 1)).containsExactly("A001", "A002", "A005", "A003", "A004", "A006");
    }

    @Test
    void shouldAnswerNoContentWhenNobodyWaitsForTheCounter() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("DD", "D", 10)
                .counter(1, "HT").open(1);
        floor.issue("DD");

        Floor.asAdmin().post(floor.path("/counters/1/call-next")).then().statusCode(204);
    }

    @Test
    void shouldRefuseToCallAtAPausedOrBusyCounter() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        floor.issue("HT");
        floor.issue("HT");

        Floor.asAdmin().post(floor.path("/counters/1/call-next")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("is closed"));
        floor.open(1).callNext(1);
        Floor.asAdmin().post(floor.path("/counters/1/call-next")).then().statusCode(409)
                .body("detail", containsString("still has ticket A001 (called)"));
        Floor.asAdmin().post(floor.path("/counters/1/close")).then().statusCode(409)
                .body("detail", containsString("still has ticket A001"));
        Floor.asAdmin().post(floor.path("/counters/1/pause")).then().statusCode(200).body("state", is("PAUSED"));
    }

    @Test
    void shouldCallOneCitizenWhenNextIsPressedTwiceAtOnce() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        floor.issue("HT");

        List<Integer> answers = whileCounterHeld(floor, 1, "/counters/1/call-next", "/counters/1/call-next");

        assertThat(answers).as("the second press finds the first citizen at the counter").containsExactly(200, 409);
        Floor.asAdmin().get(floor.path("/queue")).then().statusCode(200).body("fields.waiting", contains(1));
    }

    @Test
    void shouldCallAPriorityTicketSentToTheCounterBeforeNormalOnesUnderTheRatioPolicy() {
        Floor floor = Floor.create("RATIO", 2).fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        floor.issue("HT");
        floor.issue("HT");
        String elderly = floor.issue("HT", "ELDERLY").getString("id");
        Floor.asAdmin().body(Map.of("counter", 1)).post("/api/tickets/" + elderly + "/transfer").then().statusCode(200);

        assertThat(floor.callNextCode(1)).as("sent to counter 1, it comes first there even on a normal turn").isEqualTo("A003");
    }

    /** A code sent as text was read into the request by its one-String constructor, and called. */
    @Test
    void shouldCallByCodeOnlyFromJson() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        Floor.asAdmin().contentType("text/plain").body("A001").post(floor.path("/counters/1/call")).then().statusCode(415)
                .contentType("application/problem+json");
        Floor.asAdmin().contentType("text/plain").post(floor.path("/counters/1/call")).then().statusCode(415)
                .contentType("application/problem+json");
        assertThat(floor.callNextCode(1)).as("A001 still waited").isEqualTo("A001");
    }

    @Test
    void shouldCountACallByCodeForTheRatioPolicy() {
        Floor floor = Floor.create("RATIO", 1).fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        floor.issue("HT");
        floor.issue("HT", "ELDERLY");
        String byCode = Floor.asAdmin().body(Map.of("code", "A002")).post(floor.path("/counters/1/call")).then().statusCode(200)
                .extract().path("id");
        floor.serve(byCode);

        assertThat(floor.callNextCode(1)).as("A002 was the one normal call before a priority turn").isEqualTo("A003");
    }

    @Test
    void shouldFreeACounterWhoseCitizenWasLeftCalledWhenTheDayEnded() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        String yesterdays = floor.callNext(1).getString("id");

        clock.advance(Duration.ofDays(1));
        floor.issue("HT");
        JsonPath today = floor.callNext(1);

        assertThat(today.getString("code")).isEqualTo("A001");
        assertThat(today.getString("id")).isNotEqualTo(yesterdays);
        Floor.asAdmin().post("/api/tickets/" + yesterdays + "/start").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("has ended"));
        Floor.asAdmin().post("/api/tickets/" + yesterdays + "/recall").then().statusCode(409);
        floor.serve(today.getString("id"));
        Floor.asAdmin().post(floor.path("/counters/1/close")).then().statusCode(200).body("state", is("CLOSED"));
    }

    /**
     * Sends the requests one after another while the counter's row is locked, each queued behind
     * the one before, then lets them all go; their statuses in the order sent.
     */
    private List<Integer> whileCounterHeld(Floor floor, int counter, String... paths) throws Exception {
        try (HeldRow held = HeldRow.counter(database, floor.center, counter)) {
            return held.letThrough(Arrays.stream(paths).map(path -> (Callable<Integer>) () -> Floor.asAdmin()
                    .post(floor.path(path)).then().extract().statusCode()).toList());
        }
    }

    /** Calls and serves at one counter until nobody waits; the codes in call order. */
    private static List<String> callAll(Floor floor, int counter) {
        List<String> called = new ArrayList<>();
        for (var next = floor.callNext(counter); next != null; next = floor.callNext(counter)) {
            called.add(next.getString("code"));
            floor.serve(next.getString("id"));
        }
        return called;
    }
}
