package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

@QuarkusTest
class CallNextTest {

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
                .contentType("application/problem+json").body("detail", containsString("CLOSED"));
        floor.open(1).callNext(1);
        Floor.asAdmin().post(floor.path("/counters/1/call-next")).then().statusCode(409)
                .body("detail", containsString("still has ticket A001 (CALLED)"));
        Floor.asAdmin().post(floor.path("/counters/1/close")).then().statusCode(409)
                .body("detail", containsString("still has ticket A001"));
        Floor.asAdmin().post(floor.path("/counters/1/pause")).then().statusCode(200).body("state", is("PAUSED"));
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
