package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Concurrently;
import org.onedoor.testing.Floor;

/**
 * The peers' worst failure: two counters getting the same ticket. 16 counters call, serve and
 * call again as fast as they can over 2,000 waiting tickets; every ticket must be called once.
 */
@QuarkusTest
class ExactlyOnceCallingTest {

    private static final Logger LOG = Logger.getLogger(ExactlyOnceCallingTest.class);
    private static final int COUNTERS = 16;
    private static final int TICKETS = 2_000;

    @Test
    void shouldNotCallTheSameTicketTwice() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5);
        for (int c = 1; c <= COUNTERS; c++) {
            // overlapping fields, as on a real floor: every counter serves both, primary alternating
            floor.counter(c, c % 2 == 0 ? "HT" : "CT", c % 2 == 0 ? "CT" : "HT").open(c);
        }
        long issueStart = System.nanoTime();
        List<Callable<Integer>> kiosks = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            int kiosk = k;
            kiosks.add(() -> {
                for (int i = 0; i < TICKETS / 8; i++) {
                    floor.issue((i + kiosk) % 2 == 0 ? "HT" : "CT");
                }
                return TICKETS / 8;
            });
        }
        Concurrently.run(kiosks);
        double issueSeconds = (System.nanoTime() - issueStart) / 1e9;

        long callStart = System.nanoTime();
        List<Callable<List<String>>> counters = new ArrayList<>();
        for (int c = 1; c <= COUNTERS; c++) {
            int counter = c;
            counters.add(() -> {
                List<String> called = new ArrayList<>();
                for (JsonPath next = floor.callNext(counter); next != null; next = floor.callNext(counter)) {
                    called.add(next.getString("id"));
                    floor.serve(next.getString("id"));
                }
                return called;
            });
        }
        List<List<String>> perCounter = Concurrently.run(counters);
        double callSeconds = (System.nanoTime() - callStart) / 1e9;

        List<String> all = perCounter.stream().flatMap(List::stream).toList();
        Set<String> distinct = new HashSet<>(all);
        assertThat(all).hasSize(TICKETS);
        assertThat(distinct).hasSize(TICKETS);
        assertThat(perCounter).allSatisfy(calls -> assertThat(calls).isNotEmpty());
        var queue = Floor.asAdmin().get(floor.path("/queue")).then().statusCode(200).extract().jsonPath();
        assertThat(queue.getList("fields.waiting", Integer.class)).containsOnly(0);

        List<String> calledEvents = allEvents(floor).stream().filter(e -> e.get("type").equals("TicketCalled"))
                .map(e -> (String) ((Map<?, ?>) ((Map<?, ?>) e.get("body")).get("ticket")).get("id")).toList();
        assertThat(calledEvents).hasSize(TICKETS).doesNotHaveDuplicates();
        // each count was read before its action took the center's event row, 16 counters at once: the
        // screens' last word must still be the truth (an overtaken count is corrected a moment later)
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<Object> lastCount = lastQueueCount(floor);
        while (!lastCount.stream().allMatch(Integer.valueOf(0)::equals) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            lastCount = lastQueueCount(floor);
        }
        assertThat(lastCount).as("the screens' last count").isNotEmpty().containsOnly(0);

        LOG.infof("Exactly-once figures: issued %d tickets from 8 kiosks in %.1f s (%.0f/s); %d counters called and"
                + " served them in %.1f s (%.0f calls/s, 3 requests each)", TICKETS, issueSeconds,
                TICKETS / issueSeconds, COUNTERS, callSeconds, TICKETS / callSeconds);
    }

    /** The waiting count of each field in the center's last QueueChanged. */
    private static List<Object> lastQueueCount(Floor floor) {
        List<Map<String, Object>> queues = allEvents(floor).stream().filter(e -> e.get("type").equals("QueueChanged")).toList();
        Map<?, ?> last = (Map<?, ?>) queues.get(queues.size() - 1).get("body");
        return ((List<?>) last.get("fields")).stream().<Object>map(f -> ((Map<?, ?>) f).get("waiting")).toList();
    }

    /** The center's whole event log, oldest first. */
    private static List<Map<String, Object>> allEvents(Floor floor) {
        List<Map<String, Object>> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Map<String, Object>> events = Floor.asAdmin().queryParam("after", after).queryParam("limit", 5000)
                    .get(floor.path("/events")).then().statusCode(200).extract().jsonPath().getList("$");
            if (events.isEmpty()) {
                return all;
            }
            all.addAll(events);
            after = ((Number) events.get(events.size() - 1).get("seq")).longValue();
        }
    }
}
