package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.ServerErrors;
import org.onedoor.testing.TestDatabase;

@QuarkusTest
class RequestDeadlineTest {

    @Inject
    TestDatabase database;

    @Test
    void shouldHoldKiosksAndCountersToTheDeadlineButNotAManagersLongWork() {
        assertThat(RequestDeadline.appliesTo("/api/kiosk/tickets")).isTrue();
        assertThat(RequestDeadline.appliesTo("/api/centers/demo/counters/1/call-next")).isTrue();
        assertThat(RequestDeadline.appliesTo("/api/centers/demo/kiosk")).isTrue();
        assertThat(RequestDeadline.appliesTo("/api/centers/reports/tickets")).as("a center named 'reports'").isTrue();

        assertThat(RequestDeadline.appliesTo("/api/reports")).isFalse();
        assertThat(RequestDeadline.appliesTo("/api/reports/xlsx")).isFalse();
        assertThat(RequestDeadline.appliesTo("/api/centers/demo/procedures/import")).isFalse();
        assertThat(RequestDeadline.appliesTo("/api/audit/csv")).isFalse();
    }

    /**
     * A request answered 503 at the deadline still finishes its work when the database lets it:
     * that is expected, and must not put a server error in the log each time the database freezes
     * (the answer it would write has been given already).
     */
    @Test
    void shouldLogNoServerErrorWhenWorkAnsweredAtTheDeadlineFinishesLater() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        try (ServerErrors errors = ServerErrors.watch()) {
            CompletableFuture<Integer> late;
            try (HeldRow events = HeldRow.center(database, floor.center)) {
                late = CompletableFuture.supplyAsync(() -> Floor.asAdmin().body(Map.of("field", "HT"))
                        .post(floor.path("/tickets")).then().extract().statusCode());
                assertThat(late.get(30, TimeUnit.SECONDS)).isEqualTo(503);
                events.release();
            }
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (issued(floor).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(issued(floor)).as("the work went on after its answer").containsExactly("A001");
            Thread.sleep(500); // what follows the commit: the late answer's attempt to be written
            assertThat(errors.lines()).isEmpty();
        }
    }

    private static List<String> issued(Floor floor) {
        return Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.type == 'TicketIssued' }.body.ticket.code");
    }
}
