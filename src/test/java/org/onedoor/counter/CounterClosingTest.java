package org.onedoor.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.TestDatabase;

/** A closed counter holds nobody: no citizen called to it, and no ticket left waiting for it. */
@QuarkusTest
class CounterClosingTest {

    @Inject
    TestDatabase database;

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
