package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

@QuarkusTest
class SmokeTest {

    @Test
    void shouldIssueCallAndServeATicket() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        var issued = floor.issue("HT");
        assertThat(issued.getString("code")).isEqualTo("A001");
        var called = floor.callNext(1);
        assertThat(called.getString("code")).isEqualTo("A001");
        floor.serve(called.getString("id"));
        var events = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath();
        assertThat(events.getList("type", String.class)).containsExactly(
                "CounterStateChanged", "TicketIssued", "TicketCalled", "TicketServing", "TicketDone");
    }
}
