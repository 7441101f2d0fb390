package org.onedoor.ticket;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/** The guidance desk finds today's ticket by the code a citizen shows, whoever gave it. */
@QuarkusTest
class TicketByCodeTest {

    @Test
    void shouldFindTodaysTicketByItsCodeForTheCentersStaff() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        String second = floor.issue("HT").getString("id");
        String guide = floor.user("GUIDE");

        floor.as(guide).get(floor.path("/tickets?code=a002")).then().statusCode(200)
                .body("id", is(second)).body("code", is("A002")).body("state", is("WAITING")).body("peopleAhead", is(1));
        floor.as(floor.user("OFFICER")).get(floor.path("/tickets?code=A002")).then().statusCode(200).body("id", is(second));
    }

    @Test
    void shouldSayWhenNoTicketHasTheCodeOrTheCodeIsNoCode() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        String guide = floor.user("GUIDE");

        floor.as(guide).get(floor.path("/tickets?code=A099")).then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("detail", containsString("A099"));
        floor.as(guide).get(floor.path("/tickets?code=DROP%20TABLE")).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        floor.as(guide).get(floor.path("/tickets")).then().statusCode(400);
    }

    @Test
    void shouldNotShowAnotherCentersTicket() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        floor.issue("HT");
        Floor other = Floor.create();

        other.as(other.user("GUIDE")).get(floor.path("/tickets?code=A001")).then().statusCode(403);
    }
}
