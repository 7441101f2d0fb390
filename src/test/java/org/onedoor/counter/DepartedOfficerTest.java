package org.onedoor.counter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.TestDatabase;

/**
 * An officer whose account is switched off (they left) leaves no counter open behind them: the
 * kiosk would count it among the open counters and the hall would show it serving.
 */
@QuarkusTest
class DepartedOfficerTest {

    @Inject
    TestDatabase database;

    @Test
    void shouldCloseTheCounterOfAnOfficerWhoseAccountIsSwitchedOff() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(2);
        String officer = floor.user("OFFICER");
        String manager = floor.user("MANAGER");
        floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);
        // a citizen sent on to counter 1 goes back to the field's line, for counter 2 to call
        floor.issue("HT");
        floor.sendTo(floor.callNext(2).getString("id"), 1);

        floor.as(manager).post("/api/users/" + officer + "/disable").then().statusCode(200)
                .body("closed[0].counter", is(1)).body("closed[0].ticket", nullValue()).body("stillServing", empty());

        given().get(floor.path("/counters")).then().body("[0].state", is("CLOSED")).body("[0].officerName", nullValue());
        floor.as(manager).get(floor.path("/counters")).then().body("[0].officer", nullValue());
        floor.as(manager).post(floor.path("/counters/2/call-next")).then().statusCode(200).body("code", is("A001"));
    }

    @Test
    void shouldKeepACounterWithACitizenAtItOpenForAColleagueToTakeOver() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER");
        String colleague = floor.user("OFFICER");
        String manager = floor.user("MANAGER");
        String ticket = floor.callAt(officer, 1, "HT");

        floor.as(manager).post("/api/users/" + officer + "/disable").then().statusCode(200)
                .body("closed", empty()).body("stillServing[0].counter", is(1))
                .body("stillServing[0].ticket", is("A001")).body("stillServing[0].center", is(floor.center));

        // paused: its field has no open counter to estimate a wait with
        given().get(floor.path("/counters")).then().body("[0].state", is("PAUSED"));
        floor.issue("HT");
        given().get(floor.path("/queue")).then().body("fields[0].openCounters", is(0));
        floor.as(colleague).post(floor.path("/counters/1/open")).then().statusCode(200);
        floor.as(colleague).post("/api/tickets/" + ticket + "/start").then().statusCode(200);
        floor.as(colleague).post("/api/tickets/" + ticket + "/complete").then().statusCode(200);
    }

    /**
     * The officer presses Open as their account is switched off: the opening waits for the switch
     * and is refused, rather than opening a counter the switching off has already looked past.
     */
    @Test
    void shouldRefuseACounterOpenedAsTheAccountIsSwitchedOff() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER");
        var counterPc = floor.as(officer); // signed in before the switch
        CompletableFuture<Integer> opening;
        try (HeldRow account = HeldRow.user(database, officer)) {
            opening = CompletableFuture.supplyAsync(() -> counterPc.post(floor.path("/counters/1/open")).statusCode());
            account.awaitWaiters(1, Duration.ofSeconds(10));
            account.change("UPDATE app_user SET disabled = true WHERE username = ?", officer);
            account.release();
        }

        assertThat(opening.get(20, TimeUnit.SECONDS)).isEqualTo(403);
        given().get(floor.path("/counters")).then().body("[0].state", is("CLOSED"));
    }

    @Test
    void shouldCloseNothingForAnAccountWithNoCounter() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String guide = floor.user("GUIDE");

        Floor.asAdmin().post("/api/users/" + guide + "/disable").then().statusCode(200)
                .body("closed", empty()).body("stillServing", empty());
    }
}
