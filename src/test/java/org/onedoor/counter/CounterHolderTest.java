package org.onedoor.counter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestDatabase;

/**
 * One officer works a counter at a time, whoever opened it: another officer's stale page cannot
 * call citizens to it, pause it or close it; they take it over by opening it, and a manager may
 * act on any counter.
 */
@QuarkusTest
class CounterHolderTest {

    @Inject
    TestDatabase database;

    /**
     * Anyone may read a center's counters and queue, but only staff see who holds a counter: a
     * user name is half a sign-in, and five wrong passwords lock it for everyone.
     */
    @Test
    void shouldShowWhoHoldsACounterToStaffOnly() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER");
        floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);

        given().get(floor.path("/counters")).then().statusCode(200).body("[0].state", is("OPEN"))
                .body("[0].officer", nullValue());
        given().get(floor.path("/queue")).then().statusCode(200).body("counters[0].state", is("OPEN"))
                .body("counters[0].officer", nullValue());
        floor.as(floor.user("GUIDE")).get(floor.path("/counters")).then().statusCode(200).body("[0].officer", is(officer));
        floor.as(officer).get(floor.path("/queue")).then().statusCode(200).body("counters[0].officer", is(officer));
        // a display name that is only the username is no name to show the public
        given().get(floor.path("/counters")).then().body("[0].officerName", nullValue());
        given().get(floor.path("/queue")).then().body("counters[0].officerName", nullValue());
    }

    /** The name plate: the officer's display name is public, as on the desk; their username is not. */
    @Test
    void shouldShowTheOfficersDisplayNameToEveryone() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER", "Trần Văn Bình");
        floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);

        given().get(floor.path("/counters")).then().statusCode(200).body("[0].officer", nullValue())
                .body("[0].officerName", is("Trần Văn Bình"));
        given().get(floor.path("/queue")).then().statusCode(200).body("counters[0].officerName", is("Trần Văn Bình"));
        floor.as(officer).post(floor.path("/counters/1/close")).then().statusCode(200);
        given().get(floor.path("/counters")).then().body("[0].officerName", nullValue());
    }

    @Test
    void shouldLetOnlyTheOfficerWhoOpenedACounterCallToItPauseOrCloseIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String first = floor.user("OFFICER");
        String second = floor.user("OFFICER");
        String manager = floor.user("MANAGER");
        floor.issue("HT");
        floor.issue("HT");
        floor.as(first).post(floor.path("/counters/1/open")).then().statusCode(200);

        String heldByFirst = "Counter 1 is being served by " + first + "; open it first to take it over.";
        floor.as(second).post(floor.path("/counters/1/call-next")).then().statusCode(409).body("detail", is(heldByFirst));
        floor.as(second).body("{\"code\":\"A002\"}").contentType("application/json")
                .post(floor.path("/counters/1/call")).then().statusCode(409).body("detail", is(heldByFirst));
        floor.as(second).post(floor.path("/counters/1/pause")).then().statusCode(409).body("detail", is(heldByFirst));
        floor.as(second).post(floor.path("/counters/1/close")).then().statusCode(409).body("detail", is(heldByFirst));
        floor.as(second).header("Accept-Language", "vi").post(floor.path("/counters/1/close")).then().statusCode(409)
                .body("detail", is("Quầy 1 đang do " + first + " phục vụ; muốn nhận quầy thì hãy mở quầy trước."));

        String ticket = floor.as(first).post(floor.path("/counters/1/call-next")).then().statusCode(200)
                .body("code", is("A001")).extract().path("id");
        // with a citizen at the counter, a colleague's Close is told whose counter it is, not to
        // complete a ticket they may not touch
        floor.as(second).post(floor.path("/counters/1/close")).then().statusCode(409).body("detail", is(heldByFirst));
        floor.as(first).post("/api/tickets/" + ticket + "/start").then().statusCode(200);
        floor.as(first).post("/api/tickets/" + ticket + "/complete").then().statusCode(200);

        floor.as(manager).post(floor.path("/counters/1/pause")).then().statusCode(200).body("state", is("PAUSED"));
        floor.as(second).post(floor.path("/counters/1/open")).then().statusCode(200).body("officer", is(second));
        floor.as(first).post(floor.path("/counters/1/call-next")).then().statusCode(409)
                .body("detail", is("Counter 1 is being served by " + second + "; open it first to take it over."));
        floor.as(second).post(floor.path("/counters/1/call-next")).then().statusCode(200).body("code", is("A002"))
                .body("officer", is(second));
    }

    /** An officer called a citizen and left; a colleague who takes the counter over finishes that ticket and goes on. */
    @Test
    void shouldHandTheTicketAtACounterToTheOfficerWhoTakesItOver() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String first = floor.user("OFFICER");
        String second = floor.user("OFFICER");
        floor.issue("HT");
        floor.issue("HT");
        floor.as(first).post(floor.path("/counters/1/open")).then().statusCode(200);
        String ticket = floor.as(first).post(floor.path("/counters/1/call-next")).then().statusCode(200).extract().path("id");

        floor.as(second).post(floor.path("/counters/1/open")).then().statusCode(200).body("officer", is(second));
        floor.as(second).post("/api/tickets/" + ticket + "/start").then().statusCode(200).body("officer", is(second));
        floor.as(second).post("/api/tickets/" + ticket + "/complete").then().statusCode(200);
        floor.as(second).post(floor.path("/counters/1/call-next")).then().statusCode(200).body("code", is("A002"));
    }

    /**
     * An officer sits at one counter: one who opens another (they moved desks) leaves the first,
     * which closes, and a citizen transferred to it waits in the field again, to be called by the
     * counters still serving it. One with a citizen still at the old counter must finish first. A
     * manager standing in may hold several.
     */
    @Test
    void shouldCloseTheCounterAnOfficerLeavesForAnother() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").counter(3, "HT");
        String mover = floor.user("OFFICER");
        String colleague = floor.user("OFFICER");
        floor.issue("HT");
        floor.as(mover).post(floor.path("/counters/1/open")).then().statusCode(200);
        floor.as(colleague).post(floor.path("/counters/3/open")).then().statusCode(200);
        String sent = floor.as(colleague).post(floor.path("/counters/3/call-next")).then().statusCode(200).extract().path("id");
        floor.as(colleague).contentType("application/json").body("{\"counter\":1}")
                .post("/api/tickets/" + sent + "/transfer").then().statusCode(200).body("counter", is(1));

        floor.as(mover).post(floor.path("/counters/2/open")).then().statusCode(200).body("officer", is(mover));
        floor.as(mover).get(floor.path("/counters")).then().statusCode(200)
                .body("find { it.number == 1 }.state", is("CLOSED")).body("find { it.number == 1 }.officer", nullValue())
                .body("find { it.number == 2 }.state", is("OPEN"));
        floor.as(mover).get("/api/tickets/" + sent).then().statusCode(200).body("state", is("WAITING"))
                .body("counter", nullValue());

        floor.as(mover).post(floor.path("/counters/2/call-next")).then().statusCode(200).body("code", is("A001"));
        floor.as(mover).post(floor.path("/counters/1/open")).then().statusCode(409).contentType("application/problem+json")
                .body("detail", is("You still hold counter 2 with ticket A001; complete or transfer it before you move to counter 1."));
        floor.as(mover).get(floor.path("/counters")).then().statusCode(200)
                .body("find { it.number == 1 }.state", is("CLOSED")).body("find { it.number == 2 }.officer", is(mover));

        String manager = floor.user("MANAGER");
        floor.as(manager).post(floor.path("/counters/1/open")).then().statusCode(200);
        floor.as(manager).post(floor.path("/counters/3/open")).then().statusCode(200); // taken over from the colleague
        floor.as(manager).get(floor.path("/counters")).then().statusCode(200)
                .body("find { it.number == 1 }.officer", is(manager)).body("find { it.number == 3 }.officer", is(manager));
    }

    /**
     * An officer at counter 1 opens counters 2 and 3 at once, from two PCs: the first opening is
     * held here on a lock on the tickets until the second has read which counters the officer
     * holds. However they interleave, the officer ends up at one counter.
     */
    @Test
    void shouldLeaveTheOfficerAtOneCounterWhenTheyOpenTwoAtOnce() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").counter(3, "HT");
        String officer = floor.user("OFFICER");
        floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);
        ExecutorService pcs = Executors.newFixedThreadPool(2);
        try (Connection holder = database.lockTable("ticket", "ACCESS EXCLUSIVE")) {
            Future<Integer> two = pcs.submit(() -> floor.as(officer).post(floor.path("/counters/2/open")).statusCode());
            database.awaitLockWaits(1, null);
            Future<Integer> three = pcs.submit(() -> floor.as(officer).post(floor.path("/counters/3/open")).statusCode());
            database.awaitLockWaits(2, null);
            holder.rollback();
            assertThat(List.of(two.get(30, TimeUnit.SECONDS), three.get(30, TimeUnit.SECONDS))).containsOnly(200);
        } finally {
            pcs.shutdownNow();
        }
        List<Integer> held = floor.as(officer).get(floor.path("/counters")).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.officer == '" + officer + "' }.number", Integer.class);
        assertThat(held).as("the counters the officer holds").hasSize(1);
    }

    /**
     * An officer who held two counters before this rule (or by any other way) and presses Open
     * again at the one they sit at is not refused for a ticket left at the other.
     */
    @Test
    void shouldNotRefuseAnOfficerReopeningTheCounterTheySitAt() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        String officer = floor.user("OFFICER");
        floor.issue("HT");
        floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);
        floor.as(officer).post(floor.path("/counters/1/call-next")).then().statusCode(200);
        try (Connection db = database.getConnection(); PreparedStatement both = db.prepareStatement(
                "UPDATE counter SET state = 'OPEN', officer = ? WHERE number = 2"
                        + " AND center_id = (SELECT id FROM center WHERE code = ?)")) {
            both.setString(1, officer);
            both.setString(2, floor.center);
            assertThat(both.executeUpdate()).isEqualTo(1);
        }

        floor.as(officer).post(floor.path("/counters/2/open")).then().statusCode(200).body("officer", is(officer));
        floor.as(officer).get(floor.path("/counters")).then().statusCode(200)
                .body("find { it.number == 1 }.officer", is(officer)).body("find { it.number == 1 }.state", is("OPEN"));
    }
}
