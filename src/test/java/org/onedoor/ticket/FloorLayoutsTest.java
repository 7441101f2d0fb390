package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.onedoor.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/**
 * The layout held in memory is never used once the database says it changed: a change made
 * behind this server's back (as another node of a cluster makes it) shows in the next action.
 */
@QuarkusTest
class FloorLayoutsTest {

    @Inject
    TestDatabase database;

    @Test
    void shouldSeeALayoutChangeMadeByAnotherNode() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1);
        floor.issue("HT"); // the layout is now held in memory: one counter open

        // another node opens counter 2 (the trigger bumps the center's layout version)
        try (Connection c = database.getConnection(); PreparedStatement open = c.prepareStatement(
                "UPDATE counter SET state = 'OPEN' WHERE number = 2 AND center_id = (SELECT id FROM center WHERE code = ?)")) {
            c.setAutoCommit(true);
            open.setString(1, floor.center);
            assertThat(open.executeUpdate()).isEqualTo(1);
        }
        floor.issue("HT");

        JsonPath events = Floor.asAdmin().get(floor.path("/events?after=0")).then().statusCode(200).extract().jsonPath();
        List<List<Map<String, Object>>> changes = events.getList("findAll { it.type == 'QueueChanged' }.body.fields");
        assertThat(changes.get(changes.size() - 1).get(0)).containsEntry("openCounters", 2).containsEntry("waiting", 2);
    }

    @Test
    void shouldNotChangeTheLayoutVersionWhenACallOnlyUpdatesItsCounter() throws Exception {
        Floor floor = Floor.create("RATIO", 2).fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        long before = layoutVersion(floor.center);
        floor.issue("HT");
        floor.callNext(1); // updates counter 1's count of calls since a priority ticket
        assertThat(layoutVersion(floor.center)).isEqualTo(before);
        floor.counter(3, "HT");
        assertThat(layoutVersion(floor.center)).isGreaterThan(before);
    }

    private long layoutVersion(String center) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement read = c.prepareStatement("SELECT layout_version FROM center WHERE code = ?")) {
            read.setString(1, center);
            var rows = read.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }
}
