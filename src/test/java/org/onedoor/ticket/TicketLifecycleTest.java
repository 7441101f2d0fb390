package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

@QuarkusTest
class TicketLifecycleTest {

    @Test
    void shouldRecallWithoutChangingTheOrder() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String first = floor.issue("HT").getString("id");
        floor.issue("HT");
        floor.callNext(1);

        Floor.asAdmin().post("/api/tickets/" + first + "/recall").then().statusCode(200)
                .body("state", is("CALLED")).body("recallCount", is(1)).body("counter", is(1));
        Floor.asAdmin().post("/api/tickets/" + first + "/recall").then().statusCode(200).body("recallCount", is(2));

        var queue = Floor.asAdmin().get(floor.path("/queue")).then().extract().jsonPath();
        assertThat(queue.getList("fields[0].waitingTickets.code", String.class)).containsExactly("A002");
        assertThat(queue.getString("counters[0].nowServing.code")).isEqualTo("A001");
        assertThat(queue.getInt("counters[0].nowServing.recallCount")).isEqualTo(2);
    }

    @Test
    void shouldMarkANoShowOnlyAfterARecall() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        String id = floor.callNext(1).getString("id");

        Floor.asAdmin().post("/api/tickets/" + id + "/no-show").then().statusCode(409)
                .body("detail", containsString("Recall ticket A001 at least once before"));
        Floor.asAdmin().post("/api/tickets/" + id + "/recall").then().statusCode(200);
        Floor.asAdmin().post("/api/tickets/" + id + "/no-show").then().statusCode(200).body("state", is("NO_SHOW"));
        Floor.asAdmin().post(floor.path("/counters/1/call-next")).then().statusCode(204);
    }

    @Test
    void shouldCallACitizenWhoCameBackByTheCodeOnTheirTicket() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        floor.issue("HT");
        floor.issue("HT");
        String missed = floor.callNext(1).getString("id");
        Floor.asAdmin().post("/api/tickets/" + missed + "/recall").then().statusCode(200);
        Floor.asAdmin().post("/api/tickets/" + missed + "/no-show").then().statusCode(200);

        Floor.asAdmin().body(Map.of("code", "A001")).post(floor.path("/counters/2/call")).then().statusCode(200)
                .body("id", is(missed)).body("state", is("CALLED")).body("counter", is(2)).body("recallCount", is(0));
        Floor.asAdmin().body(Map.of("code", "A001")).post(floor.path("/counters/1/call")).then().statusCode(409)
                .body("detail", containsString("A001 is called"));
        Floor.asAdmin().body(Map.of("code", "A777")).post(floor.path("/counters/1/call")).then().statusCode(404);
    }

    @Test
    void shouldKeepTheArrivalTimeWhenTransferredToAnotherField() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("DD", "D", 20)
                .counter(1, "HT").counter(4, "DD").open(1).open(4);
        String ticket = floor.issue("HT").getString("id");
        var issuedAt = floor.callNext(1).getString("issuedAt");
        floor.issue("DD");

        var transferred = Floor.asAdmin().body(Map.of("field", "DD")).post("/api/tickets/" + ticket + "/transfer")
                .then().statusCode(200).body("state", is("WAITING")).body("field", is("DD"))
                .body("code", is("A001")).body("position", is(1)).body("transferCount", is(1))
                .extract().jsonPath();

        assertThat(transferred.getString("issuedAt")).isEqualTo(issuedAt);
        assertThat(floor.callNextCode(4)).isEqualTo("A001");
    }

    @Test
    void shouldTransferToOneCounterOnly() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").counter(3, "HT")
                .open(1).open(2).open(3);
        String ticket = floor.issue("HT").getString("id");
        floor.issue("HT");
        floor.callNext(1);

        Floor.asAdmin().body(Map.of("counter", 3)).post("/api/tickets/" + ticket + "/transfer").then()
                .statusCode(200).body("counter", is(3)).body("counters", org.hamcrest.Matchers.contains(3));

        assertThat(floor.callNextCode(2)).isEqualTo("A002");
        assertThat(floor.callNextCode(3)).isEqualTo("A001");
    }

    @Test
    void shouldRefuseIllegalTransitionsWithAClearConflict() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String id = floor.issue("HT").getString("id");

        Floor.asAdmin().post("/api/tickets/" + id + "/complete").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("Ticket A001 is waiting; \"complete\" is not possible now.")).body("status", is(409));
        Floor.asAdmin().post("/api/tickets/" + id + "/recall").then().statusCode(409);
        floor.callNext(1);
        // Start skipped: the officer is told which button, in the language their page asks in
        Floor.asAdmin().header("Accept-Language", "vi").post("/api/tickets/" + id + "/complete").then().statusCode(409)
                .body("detail", is("Vé A001 mới được gọi, chưa bắt đầu phục vụ: bấm \"Bắt đầu phục vụ\" rồi mới \"Hoàn thành\"."));
        floor.serve(id);
        // another officer's citizen: said first, not a Start that would be refused too, naming the
        // officer as colleagues know them, not by the username they sign in with
        String officer = floor.user("OFFICER", "Trần Văn Hùng");
        String colleague = floor.user("OFFICER");
        String held = floor.issue("HT").getString("id");
        floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);
        floor.as(officer).post(floor.path("/counters/1/call-next")).then().statusCode(200);
        floor.as(colleague).post("/api/tickets/" + held + "/complete").then().statusCode(409)
                .body("detail", is("Ticket A002 is being handled by Trần Văn Hùng; only they or a manager may do that (\"complete\")."));
        Floor.asAdmin().post("/api/tickets/" + id + "/start").then().statusCode(409).body("detail", containsString("A001 is done"));
        Floor.asAdmin().post("/api/tickets/" + id + "/cancel").then().statusCode(409);
        Floor.asAdmin().body(Map.of("field", "HT")).post("/api/tickets/" + id + "/transfer").then().statusCode(409);
    }

    @Test
    void shouldCancelAWaitingTicketAndRecordTheProcedureOnCompletion() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        Floor.asAdmin().contentType("text/csv; charset=UTF-8").body("code,name_vi,field\n1.000894,Đăng ký kết hôn,HT\n")
                .post(floor.path("/procedures/import")).then().statusCode(200);
        String cancelled = floor.issue("HT").getString("id");
        floor.issue("HT");

        Floor.asAdmin().post("/api/tickets/" + cancelled + "/cancel").then().statusCode(200).body("state", is("CANCELLED"));
        String served = floor.callNext(1).getString("id");
        Floor.asAdmin().post("/api/tickets/" + served + "/start").then().statusCode(200);
        Floor.asAdmin().body(Map.of("procedure", "1.000894")).post("/api/tickets/" + served + "/complete").then()
                .statusCode(200).body("state", is("DONE")).body("procedure", is("1.000894"));
    }

    /** Sent to a field no counter serves, a ticket would wait all day for a call that never comes. */
    /** To where it is already, nothing would move, but one citizen would count twice in the officer's figures. */
    @Test
    void shouldRefuseATransferToTheCounterATicketIsAtAlready() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("XN", "X", 10).counter(1, "HT", "XN")
                .counter(2, "HT").open(1).open(2);
        String id = floor.issue("HT").getString("id");
        floor.callNext(1);

        Floor.asAdmin().body(Map.of("counter", 1)).post("/api/tickets/" + id + "/transfer").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("at counter 1"));
        // the officer puts it in its right field, and keeps the citizen
        Floor.asAdmin().body(Map.of("counter", 1, "field", "XN")).post("/api/tickets/" + id + "/transfer").then()
                .statusCode(200).body("field", is("XN")).body("counter", is(1));
        Floor.asAdmin().body(Map.of("counter", 1)).post("/api/tickets/" + id + "/transfer").then().statusCode(409);
        Floor.asAdmin().body(Map.of("counter", 2, "field", "HT")).post("/api/tickets/" + id + "/transfer").then()
                .statusCode(200).body("counter", is(2));
    }

    @Test
    void shouldRefuseATransferToAFieldNoCounterWillCall() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("XN", "X", 10).counter(1, "HT").open(1);
        String id = floor.issue("HT").getString("id");

        Floor.asAdmin().body(Map.of("field", "XN")).post("/api/tickets/" + id + "/transfer").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("no counter serves it"));
        // to one counter, the field is the counter's business: it calls the ticket whatever its field
        Floor.asAdmin().body(Map.of("field", "XN", "counter", 1)).post("/api/tickets/" + id + "/transfer").then()
                .statusCode(200).body("field", is("XN"));
        assertThat(floor.callNextCode(1)).isEqualTo("A001");
    }

    /** The reports count procedures by field: a procedure of another field is refused, and the ticket stays in service. */
    @Test
    void shouldRecordOnlyAProcedureOfTheTicketsField() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("DD", "D", 10).counter(1, "HT").open(1);
        Floor.asAdmin().contentType("text/csv; charset=UTF-8").body("code,name_vi,field\n1.000894,Đăng ký kết hôn,HT\n"
                + "1.003010,Đăng ký đất đai,DD\n").post(floor.path("/procedures/import")).then().statusCode(200);
        floor.issue("HT");
        String served = floor.callNext(1).getString("id");
        Floor.asAdmin().post("/api/tickets/" + served + "/start").then().statusCode(200);

        Floor.asAdmin().body(Map.of("procedure", "1.003010")).post("/api/tickets/" + served + "/complete").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("another field"));
        Floor.asAdmin().get("/api/tickets/" + served).then().statusCode(200).body("state", is("SERVING"));
        Floor.asAdmin().body(Map.of("procedure", "1.000894")).post("/api/tickets/" + served + "/complete").then()
                .statusCode(200).body("procedure", is("1.000894"));
    }

    @Test
    void shouldServeWithBareRequestsThatCarryNoBody() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        String id = floor.callNext(1).getString("id");
        var bare = io.restassured.RestAssured.given().auth().preemptive().basic(Floor.ADMIN, Floor.ADMIN_PASSWORD);

        bare.post("/api/tickets/" + id + "/start").then().statusCode(200);
        bare.post("/api/tickets/" + id + "/complete").then().statusCode(200).body("state", is("DONE"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownIds() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");

        Floor.asAdmin().post("/api/tickets/00000000-0000-0000-0000-000000000000/start").then().statusCode(404)
                .contentType("application/problem+json");
        Floor.asAdmin().post("/api/tickets/not-a-uuid/start").then().statusCode(404).contentType("application/problem+json");
        Floor.asAdmin().post("/api/centers/no-such-center/counters/1/call-next").then().statusCode(404)
                .body("detail", containsString("no-such-center"));
        Floor.asAdmin().post(floor.path("/counters/99/open")).then().statusCode(404).body("detail", containsString("99"));
        Floor.asAdmin().get("/api/track/unknown-token").then().statusCode(404);
    }

    @Test
    void shouldAnswerBadRequestForMalformedInputAndKeepEverything() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);

        Floor.asAdmin().body("{\"field\": \"HT\",").post(floor.path("/tickets")).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not valid JSON"));
        Floor.asAdmin().body(Map.of("field", "h t")).post(floor.path("/tickets")).then().statusCode(400)
                .body("errors[0]", containsString("field"));
        Floor.asAdmin().body(Map.of("field", "ZZ")).post(floor.path("/tickets")).then().statusCode(400)
                .body("detail", containsString("No field with code 'ZZ'"));
        Floor.asAdmin().body(Map.of("field", "HT", "priority", "VIP")).post(floor.path("/tickets")).then()
                .statusCode(400).body("detail", containsString("VIP"));
        Floor.asAdmin().body(Map.of("field", "HT", "channel", "TELEPORT")).post(floor.path("/tickets")).then()
                .statusCode(400);
        Floor.asAdmin().post(floor.path("/tickets")).then().statusCode(400);
        String id = floor.issue("HT").getString("id");
        Floor.asAdmin().body("{}").post("/api/tickets/" + id + "/transfer").then().statusCode(400);

        assertThat(floor.issue("HT").getString("code")).as("no number was lost").isEqualTo("A002");
    }

    @Test
    void shouldNotLetTwoOfficersActOnTheSameTicket() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        String first = floor.user("OFFICER");
        String second = floor.user("OFFICER");
        String manager = floor.user("MANAGER");
        floor.issue("HT");
        floor.as(first).post(floor.path("/counters/1/open")).then().statusCode(200).body("officer", is(first));
        String id = floor.as(first).post(floor.path("/counters/1/call-next")).then().statusCode(200)
                .body("officer", is(first)).extract().path("id");

        floor.as(second).post("/api/tickets/" + id + "/start").then().statusCode(409)
                .body("detail", containsString("being handled by " + first));
        floor.as(first).post("/api/tickets/" + id + "/start").then().statusCode(200);
        floor.as(second).post(floor.path("/counters/2/open")).then().statusCode(200);
        floor.as(manager).body(Map.of("counter", 2)).post("/api/tickets/" + id + "/transfer").then().statusCode(200)
                .body("officer", nullValue());
    }

    @Test
    void shouldKeepStaffToTheirOwnCenterAndRoles() {
        Floor mine = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Floor other = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = mine.user("OFFICER");
        String guide = mine.user("GUIDE");

        mine.as(officer).post(other.path("/counters/1/open")).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString(other.center));
        mine.as(guide).body(Map.of("field", "HT")).post(other.path("/tickets")).then().statusCode(403);
        mine.as(guide).body(Map.of("field", "HT")).post(mine.path("/tickets")).then().statusCode(201)
                .body("channel", is("GUIDE_DESK"));
        mine.as(guide).post(mine.path("/counters/1/call-next")).then().statusCode(403);
        mine.as(officer).get(other.path("/events")).then().statusCode(403);
        mine.as(officer).get(mine.path("/events")).then().statusCode(200);
        io.restassured.RestAssured.given().post(mine.path("/counters/1/call-next")).then().statusCode(401)
                .contentType("application/problem+json");
        Floor.as(officer, "wrong-password").post(mine.path("/counters/1/open")).then().statusCode(401);
    }

    @Test
    void shouldTrackATicketPubliclyWithoutPersonalData() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        String token = floor.issue("HT").getString("trackingToken");
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);

        var waiting = io.restassured.RestAssured.given().get("/api/track/" + token).then().statusCode(200)
                .body("code", is("A002")).body("state", is("WAITING")).body("position", is(2))
                .body("peopleAhead", is(1)).body("estimatedWaitMinutes", is(10)).extract().jsonPath();
        assertThat(waiting.getMap("$").keySet()).containsExactlyInAnyOrder("center", "centerName", "code", "field",
                "fieldNames", "state", "position", "peopleAhead", "estimatedWaitMinutes", "counter", "counterOpen", "language", "lastSeq");

        floor.serve(floor.callNext(1).getString("id"));
        floor.callNext(1);
        io.restassured.RestAssured.given().get("/api/track/" + token).then().statusCode(200)
                .body("state", is("CALLED")).body("counter", is(1)).body("position", nullValue());
    }

    /** The tracking page speaks the ticket's language, not the phone's: its answer says which. */
    @Test
    void shouldTellTheTrackingPageTheLanguageTheTicketWasTakenIn() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String vietnamese = floor.issue("HT").getString("trackingToken");
        String english = Floor.asAdmin().body(Map.of("field", "HT", "language", "en")).post(floor.path("/tickets"))
                .then().statusCode(201).extract().jsonPath().getString("trackingToken");
        String hmong = Floor.asAdmin().body(Map.of("field", "HT", "language", "hmn")).post(floor.path("/tickets"))
                .then().statusCode(201).extract().jsonPath().getString("trackingToken");

        io.restassured.RestAssured.given().get("/api/track/" + vietnamese).then().statusCode(200).body("language", is("vi"));
        io.restassured.RestAssured.given().get("/api/track/" + english).then().statusCode(200).body("language", is("en"));
        io.restassured.RestAssured.given().get("/api/track/" + hmong).then().statusCode(200).body("language", is("hmn"));
    }
}
