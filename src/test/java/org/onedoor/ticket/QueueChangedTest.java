package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/**
 * The QueueChanged that follows a cancel or a transfer is written in the same statement as the
 * ticket's change, from counts read before it: it must show the queue as it is after the change,
 * the ticket out of the lane it left and in the one it joined.
 */
@QuarkusTest
class QueueChangedTest {

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

        // sent to one counter, it waits for that counter only, in no field's lane
        Floor.asAdmin().body(Map.of("counter", 2)).post("/api/tickets/" + third + "/transfer").then().statusCode(200);
        assertThat(lastWaiting(floor)).as("after a transfer to one counter").isEqualTo(Map.of("HT", 0, "CT", 2));

        // called, then sent back to its field: it joins the lane again
        assertThat(floor.callNextCode(2)).isEqualTo("A003");
        Floor.asAdmin().body(Map.of("field", "HT")).post("/api/tickets/" + third + "/transfer").then().statusCode(200);
        assertThat(lastWaiting(floor)).as("after a called ticket's transfer").isEqualTo(Map.of("HT", 1, "CT", 2));
    }

    /** The waiting count of each field in the center's last event, which must be a QueueChanged. */
    private static Map<String, Integer> lastWaiting(Floor floor) {
        JsonPath log = Floor.asAdmin().queryParam("limit", 5000).get(floor.path("/events")).then().statusCode(200)
                .extract().jsonPath();
        int last = log.getList("seq").size() - 1;
        assertThat(log.getString("[" + last + "].type")).isEqualTo("QueueChanged");
        List<Map<String, Object>> fields = log.getList("[" + last + "].body.fields");
        return fields.stream().collect(Collectors.toMap(f -> (String) f.get("field"),
                f -> (Integer) f.get("waiting")));
    }
}
