package org.onedoor.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Sessions;
import org.onedoor.testing.TestClock;
import org.onedoor.testing.TestDatabase;

/**
 * Reports are bounded (ReportLimits; in the tests a report may run 2 s, and two at once with none
 * waiting): a report held on a lock stands for a slow read of a year of the country.
 */
@QuarkusTest
class ReportLimitsTest {

    /** The report's first statement, its totals, as pg_stat_activity shows it. */
    private static final String TOTALS = "SELECT count(*), count(*) FILTER (WHERE t.state = %";

    @Inject
    TestDatabase database;

    @Inject
    TestClock clock;

    final String today = ReportFiguresTest.DAY;
    Floor floor;
    ScheduledExecutorService later;

    @BeforeEach
    void aCenterWithATicket() {
        clock.freezeAt(ReportFiguresTest.EIGHT_O_CLOCK);
        floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        floor.issue("HT");
        later = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void realTimeAndNoTimers() {
        later.shutdownNow();
        clock.unfreeze();
    }

    @Test
    void shouldStopAReportThatRunsTooLongAndSayToAskForLess() throws Exception {
        try (Connection blocker = database.lockTable("ticket", "ACCESS EXCLUSIVE")) {
            // let go after 10 s whatever happens: a report with no limit then answers 200 late, not never
            releaseAfter(blocker, 10_000);
            Response answer = allCenters();
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getString("detail")).contains("2 seconds", "one center");
            assertThat(answer.header("Retry-After")).as("the same report would be stopped again").isNull();
        }
        Floor.asAdmin().get("/api/reports?center=" + floor.center + "&from=" + today + "&to=" + today).then().statusCode(200);
    }

    /** The province dashboard is one statement, but across the country a heavy one: it has the same limit. */
    @Test
    void shouldStopTheDashboardThatRunsTooLong() throws Exception {
        try (Connection blocker = database.lockTable("ticket", "ACCESS EXCLUSIVE")) {
            releaseAfter(blocker, 10_000); // a dashboard with no limit answers 200 late, not never
            Response answer = Floor.asAdmin().get("/api/reports/now");
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
            assertThat(answer.jsonPath().getString("detail")).contains("2 seconds");
        }
        Floor.asAdmin().get("/api/reports/now").then().statusCode(200);
    }

    /**
     * The limit is the report's, not each statement's: here the totals wait 1.4 s on the tickets'
     * lock and the counters' figures wait 1.4 s more on the counters' lock. Each statement alone is
     * under 2 s, the report is not.
     */
    @Test
    void shouldCountTheTimeLimitOverTheWholeReport() throws Exception {
        try (Connection tickets = database.lockTable("ticket", "ACCESS EXCLUSIVE"); Connection counters = database.lockTable("counter", "ACCESS EXCLUSIVE")) {
            CompletableFuture<Response> report = CompletableFuture.supplyAsync(this::allCenters);
            database.awaitLockWaits(1, TOTALS);
            releaseAfter(tickets, 1_400);
            releaseAfter(counters, 2_800);
            Response answer = report.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
            assertThat(answer.jsonPath().getString("detail")).contains("2 seconds");
        }
    }

    /**
     * A province's managers all asking at nine must not take the pool from the floors: two reports
     * run (the test profile's turns, none waiting), a third is refused at once with Retry-After,
     * and once they end the next one runs.
     */
    @Test
    void shouldRefuseAReportWhenEveryTurnIsTaken() throws Exception {
        whileEveryTurnIsTaken(() -> {
            Response third = allCenters();
            assertThat(third.statusCode()).as(third.asString()).isEqualTo(503);
            assertThat(third.contentType()).startsWith("application/problem+json");
            assertThat(third.header("Retry-After")).isNotBlank();
            assertThat(third.jsonPath().getString("detail")).contains("Too many reports");
        });
        Floor.asAdmin().get("/api/reports?center=" + floor.center + "&from=" + today + "&to=" + today).then().statusCode(200);
    }

    /**
     * Days that make no report are told so at once on the reports page: they take no turn, so
     * they neither wait behind the reports running nor get told that the reports are busy.
     */
    @Test
    void shouldRefuseDaysThatMakeNoReportWithoutATurn() throws Exception {
        Response manager = Sessions.signIn(floor.user("MANAGER"), Floor.STAFF_PASSWORD, null);
        whileEveryTurnIsTaken(() -> {
            for (String days : new String[] {"from=2026-12-10&to=2026-12-01", "to=2020-01-01"}) {
                Response page = Sessions.as(manager).get("/reports?" + days);
                assertThat(page.statusCode()).as(days + ": " + page.asString()).isEqualTo(200);
                assertThat(page.asString()).as(days).contains("id=\"problem\">").doesNotContain("id=\"issued\"");
            }
        });
    }

    /**
     * Takes both report turns with two reports held on the tickets' lock, runs {@code whileTaken},
     * then lets the lock go at once (the held ones have 2 s from their start) and checks that both
     * finish: their turns come back.
     */
    private void whileEveryTurnIsTaken(Runnable whileTaken) throws Exception {
        CompletableFuture<Response> first;
        CompletableFuture<Response> second;
        try (Connection tickets = database.lockTable("ticket", "ACCESS EXCLUSIVE")) {
            first = CompletableFuture.supplyAsync(this::allCenters);
            second = CompletableFuture.supplyAsync(this::allCenters);
            database.awaitLockWaits(2, TOTALS);
            try {
                whileTaken.run();
            } finally {
                tickets.rollback();
            }
        }
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(second.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    private Response allCenters() {
        return Floor.asAdmin().get("/api/reports?from=" + today + "&to=" + today);
    }

    private void releaseAfter(Connection holder, long millis) {
        later.schedule(() -> {
            holder.rollback();
            return null;
        }, millis, TimeUnit.MILLISECONDS);
    }
}
