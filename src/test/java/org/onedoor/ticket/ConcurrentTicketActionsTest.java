package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Concurrently;
import org.onedoor.testing.Floor;

/**
 * Officers, a manager and a double click acting on one ticket at the same moment: each action
 * writes the ticket only if no one changed it since it read it, and reads it again if someone did,
 * so none is lost and none is applied twice. (Writing without that guard, two recalls both count
 * from the same number and two completions both succeed.)
 */
@QuarkusTest
class ConcurrentTicketActionsTest {

    private static final int AT_ONCE = 12;

    @Test
    void shouldApplyEveryRecallAndOnlyOneCompletionWhenRequestsArriveTogether() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        String id = floor.callNext(1).getString("id");

        List<Integer> recalls = Concurrently.run(together("/api/tickets/" + id + "/recall"));
        assertThat(recalls).containsOnly(200);
        Floor.asAdmin().get("/api/tickets/" + id).then().statusCode(200)
                .body("recallCount", is(AT_ONCE));

        Floor.asAdmin().post("/api/tickets/" + id + "/start").then().statusCode(200);
        List<Integer> completions = Concurrently.run(together("/api/tickets/" + id + "/complete"));
        assertThat(completions).filteredOn(status -> status == 200).hasSize(1);
        assertThat(completions).filteredOn(status -> status != 200).hasSize(AT_ONCE - 1).containsOnly(409);

        List<Map<String, Object>> events = Floor.asAdmin().queryParam("limit", 5000).get(floor.path("/events"))
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(events).filteredOn(e -> "TicketRecalled".equals(e.get("type"))).hasSize(AT_ONCE);
        assertThat(events).filteredOn(e -> "TicketDone".equals(e.get("type"))).hasSize(1);
    }

    private static List<Callable<Integer>> together(String path) {
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            requests.add(() -> Floor.asAdmin().post(path).then().extract().statusCode());
        }
        return requests;
    }
}
