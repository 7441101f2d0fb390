package org.onedoor.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.common.OnContext;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.TestClock;
import org.onedoor.testing.TestDatabase;

/** A closed counter holds nobody: no citizen called to it, and no ticket left waiting for it. */
@QuarkusTest
class CounterClosingTest {

    @Inject
    TestDatabase database;

    @Inject
    TestClock clock;

    @Inject
    LeftOpenCounters leftOpen;

    @Inject
    Vertx vertx;

    @Test
    void shouldNotCloseACounterWhileItCallsACitizen() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");

        ExecutorService senders = Executors.newFixedThreadPool(2);
        try (HeldRow held = HeldRow.counter(database, floor.center, 1)) {
            Future<Integer> call = senders.submit(() -> post(floor, "/counters/1/call-next"));
            held.awaitWaiters(1, Duration.ofSeconds(30));
            Future<Integer> close = senders.submit(() -> post(floor, "/counters/1/close"));
            held.awaitWaiters(2, Duration.ofSeconds(30));
            held.release();

            assertThat(call.get(1, TimeUnit.MINUTES)).isEqualTo(200);
            assertThat(close.get(1, TimeUnit.MINUTES)).as("the citizen called first is at the counter").isEqualTo(409);
        } finally {
            senders.shutdownNow();
        }
        Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200).body("[0].state", is("OPEN"));
    }

    /**
     * An officer went home with their counter open: the next morning the kiosk promised "no wait"
     * and the hall showed the counter serving. An hour after closing time it closes by itself,
     * unless a citizen is still at it or it was opened within that hour.
     */
    @Test
    void shouldCloseACounterLeftOpenAfterClosingTimeButNotOneStillAtWork() {
        clock.freezeAt(Instant.parse("2026-12-02T03:00:00Z")); // a Wednesday, 10:00 in Vietnam
        try {
            Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").counter(3, "HT");
            openOnWeekdays(floor, "07:00", "17:00");
            String wentHome = floor.user("OFFICER");
            String stillServing = floor.user("OFFICER");
            String early = floor.user("OFFICER");
            floor.as(wentHome).post(floor.path("/counters/1/open")).then().statusCode(200);
            floor.as(stillServing).post(floor.path("/counters/2/open")).then().statusCode(200);
            floor.issue("HT");
            clock.advance(Duration.ofMinutes(6 * 60 + 50));
            floor.as(stillServing).post(floor.path("/counters/2/call-next")).then().statusCode(200).body("code", is("A001"));
            clock.advance(Duration.ofMinutes(70)); // 18:00
            floor.as(early).post(floor.path("/counters/3/open")).then().statusCode(200);
            clock.advance(Duration.ofMinutes(30)); // 18:30

            OnContext.ofItsOwn(vertx, leftOpen::sweep).await().atMost(Duration.ofSeconds(30));

            Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200)
                    .body("[0].state", is("CLOSED")).body("[0].officer", is((Object) null))
                    .body("[1].state", is("OPEN")).body("[1].officer", is(stillServing)) // A001 is at it
                    .body("[2].state", is("OPEN")); // opened half an hour ago
            var log = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath();
            assertThat(log.getList("findAll { it.type == 'CounterStateChanged' }.body.state", String.class)).last().isEqualTo("CLOSED");
            Floor.asAdmin().get(floor.path("/queue")).then().statusCode(200).body("fields[0].openCounters", is(2));
            OnContext.ofItsOwn(vertx, leftOpen::sweep).await().atMost(Duration.ofSeconds(30));
            var again = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath();
            assertThat(again.getList("findAll { it.type == 'CounterStateChanged' && it.body.state == 'CLOSED' }.seq"))
                    .as("closed once").hasSize(1);
        } finally {
            clock.unfreeze();
        }
    }

    /** A center open round the clock on weekdays: the citizen called on Friday night is still served after midnight. */
    @Test
    void shouldLeaveOpenACounterServingACitizenAcrossTheDaysRollover() {
        clock.freezeAt(Instant.parse("2026-12-04T16:40:00Z")); // a Friday, 23:40 in Vietnam
        try {
            Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
            openOnWeekdays(floor, "00:00", "00:00");
            String officer = floor.user("OFFICER");
            floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);
            floor.issue("HT");
            String id = floor.as(officer).post(floor.path("/counters/1/call-next")).then().statusCode(200).extract().path("id");
            floor.as(officer).post("/api/tickets/" + id + "/start").then().statusCode(200);
            clock.advance(Duration.ofMinutes(140)); // Saturday 02:00: closed for two hours, still serving

            OnContext.ofItsOwn(vertx, leftOpen::sweep).await().atMost(Duration.ofSeconds(30));
            Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200).body("[0].state", is("OPEN"));
        } finally {
            clock.unfreeze();
        }
    }

    /** The officer pressed Open again while the sweep waited for the counter: it reads the counter under its lock, and leaves it. */
    @Test
    void shouldLeaveOpenACounterReopenedWhileTheSweepWaitedForIt() throws Exception {
        clock.freezeAt(Instant.parse("2026-12-02T03:00:00Z")); // a Wednesday, 10:00 in Vietnam
        try {
            Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
            openOnWeekdays(floor, "07:00", "17:00");
            String officer = floor.user("OFFICER");
            floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);
            clock.advance(Duration.ofMinutes(8 * 60 + 30)); // 18:30

            try (HeldRow held = HeldRow.counter(database, floor.center, 1)) {
                var sweep = OnContext.ofItsOwn(vertx, leftOpen::sweep).subscribeAsCompletionStage();
                held.awaitWaiters(1, Duration.ofSeconds(30));
                held.change("UPDATE counter SET state_since = ? WHERE number = 1 AND center_id = (SELECT id FROM center WHERE code = ?)",
                        java.sql.Timestamp.from(clock.instant()), floor.center);
                held.release();
                sweep.get(30, TimeUnit.SECONDS);
            }

            Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200)
                    .body("[0].state", is("OPEN")).body("[0].officer", is(officer));
        } finally {
            clock.unfreeze();
        }
    }

    /** The center's hours: Monday to Friday, {@code opens} to {@code closes} (00:00 to 00:00: round the clock). */
    private static void openOnWeekdays(Floor floor, String opens, String closes) {
        Floor.asAdmin().body(Map.of("opensAt", opens, "closesAt", closes,
                "openDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")))
                .patch("/api/centers/" + floor.center).then().statusCode(200);
    }

    @Test
    void shouldRefuseToSendATicketToAClosedCounter() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1);
        String id = floor.issue("HT").getString("id");

        Floor.asAdmin().body(Map.of("counter", 2)).post("/api/tickets/" + id + "/transfer").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("closed"));
        assertThat(floor.callNextCode(1)).as("the ticket still waits in its field").isEqualTo("A001");
    }

    @Test
    void shouldSendTheTicketsWaitingForACounterBackToTheirFieldWhenItCloses() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        String first = floor.issue("HT").getString("id");
        floor.issue("HT");
        Floor.asAdmin().body(Map.of("counter", 2)).post("/api/tickets/" + first + "/transfer").then().statusCode(200);

        Floor.asAdmin().post(floor.path("/counters/2/close")).then().statusCode(200);

        assertThat(floor.callNextCode(1)).as("back in its field, in its arrival turn").isEqualTo("A001");
        Floor.asAdmin().get(floor.path("/queue")).then().statusCode(200).body("fields.waiting[0]", is(1));
    }

    private static int post(Floor floor, String path) {
        return Floor.asAdmin().post(floor.path(path)).then().extract().statusCode();
    }
}
