package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.TestDatabase;

/**
 * A ticket request sent again with its request id (its answer was lost, or came too late) gets
 * the ticket the first one issued, never a second ticket or a second paper; and a kiosk's ticket
 * that cannot commit before the kiosk gives up is not issued at all.
 */
@QuarkusTest
class RepeatedTicketRequestTest {

    @Inject
    TestDatabase database;

    @Test
    void shouldGiveARepeatedKioskRequestTheTicketItGotAndPrintItOnce() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        try (KioskTestDevices.ConnectedBridge bridge = KioskTestDevices.connectBridge(floor)) {
            String kiosk = KioskTestDevices.pair(floor, "KIOSK", bridge.id());
            ExtractableResponse<Response> first = kioskIssue(kiosk, "lost-answer-0001");
            ExtractableResponse<Response> again = kioskIssue(kiosk, "lost-answer-0001");

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(again.statusCode()).as(again.body().asString()).isEqualTo(200);
            assertThat(again.jsonPath().getString("ticket.id")).isEqualTo(first.jsonPath().getString("ticket.id"));
            assertThat(again.jsonPath().getString("ticket.code")).isEqualTo("A001");
            assertThat(again.jsonPath().getString("printJob")).isEqualTo(first.jsonPath().getString("printJob"));
            assertThat(again.header("Content-Location")).endsWith("/api/tickets/" + first.jsonPath().getString("ticket.id"));
            assertThat(printJobs(floor)).as("one paper for one citizen").isEqualTo(1);
            List<String> types = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract()
                    .jsonPath().getList("type");
            assertThat(types.stream().filter("TicketIssued"::equals)).hasSize(1);
            assertThat(types.stream().filter("PrintRequested"::equals)).hasSize(1);
            assertThat(kioskIssue(kiosk, "next-citizen-0002").jsonPath().getString("ticket.code"))
                    .as("the repeat spent no number").isEqualTo("A002");
        }
    }

    /** A guidance officer who pressed again after a lost answer: the same ticket, not two for one citizen. */
    @Test
    void shouldGiveARepeatedGuideDeskRequestTheTicketItGot() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String guide = floor.user("GUIDE");
        Map<String, Object> body = Map.of("field", "HT", "priority", "ELDERLY", "requestId", "guide-press-0001");
        JsonPath first = floor.as(guide).body(body).post(floor.path("/tickets")).then().statusCode(201).extract().jsonPath();
        JsonPath again = floor.as(guide).body(body).post(floor.path("/tickets")).then().statusCode(200).extract().jsonPath();

        assertThat(again.getString("id")).isEqualTo(first.getString("id"));
        assertThat(again.getString("code")).isEqualTo("A001");
        assertThat(again.getString("priority")).isEqualTo("ELDERLY");
        assertThat(floor.issue("HT").getString("code")).isEqualTo("A002");
    }

    /** A kiosk that sends a request id the guidance desk used is not shown the desk's ticket and its note. */
    @Test
    void shouldNotShowAKioskTheTicketAGuideDeskRequestIssued() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.as(floor.user("GUIDE")).body(Map.of("field", "HT", "priority", "ELDERLY", "note", "Đi nạng",
                "requestId", "desk-request-0006")).post(floor.path("/tickets")).then().statusCode(201);
        ExtractableResponse<Response> kiosk = kioskIssue(KioskTestDevices.pair(floor, "KIOSK", null), "desk-request-0006");

        assertThat(kiosk.statusCode()).as(kiosk.body().asString()).isEqualTo(409);
        assertThat(kiosk.body().asString()).doesNotContain("Đi nạng", "A001");
    }

    /** The repeat comes while the first request is still writing: it waits for it, and gets its ticket. */
    @Test
    void shouldGiveARepeatThatArrivesWhileTheFirstIsWritingTheFirstsTicket() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        List<ExtractableResponse<Response>> answers;
        // the first writes its ticket and waits to write its events; the repeat waits behind its locks
        try (HeldRow events = HeldRow.center(database, floor.center)) {
            answers = events.letThrough(List.of(() -> kioskIssue(kiosk, "slow-first-0003"),
                    () -> kioskIssue(kiosk, "slow-first-0003")));
        }
        assertThat(answers.get(0).statusCode()).isEqualTo(201);
        ExtractableResponse<Response> repeat = answers.get(1);
        assertThat(repeat.statusCode()).as(repeat.body().asString()).isEqualTo(200);
        assertThat(repeat.jsonPath().getString("ticket.id")).isEqualTo(answers.get(0).jsonPath().getString("ticket.id"));
        JsonPath call = floor.callNext(1);
        assertThat(call.getString("code")).isEqualTo("A001");
        floor.serve(call.getString("id"));
        assertThat(floor.callNext(1)).as("one ticket").isNull();
    }

    /**
     * The database held the kiosk's ticket past the time the kiosk waits (it then gives the citizen
     * a leased number): the ticket is rolled back, so no second ticket and no stray paper follow.
     */
    @Test
    void shouldNotIssueAKioskTicketThatCannotCommitBeforeTheKioskGivesUp() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        try (KioskTestDevices.ConnectedBridge bridge = KioskTestDevices.connectBridge(floor)) {
            String kiosk = KioskTestDevices.pair(floor, "KIOSK", bridge.id());
            CompletableFuture<ExtractableResponse<Response>> slow;
            try (HeldRow events = HeldRow.center(database, floor.center)) {
                slow = CompletableFuture.supplyAsync(() -> kioskIssue(kiosk, "given-up-0004"));
                events.awaitWaiters(1, Duration.ofSeconds(10));
                Thread.sleep(6500); // past onedoor.kiosk.tickets.commit-within (6 s)
                events.release();
            }
            ExtractableResponse<Response> answer = slow.get(20, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body().asString()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.header("Retry-After")).isNotBlank();
            assertThat(answer.jsonPath().getString("detail")).contains("nothing was done");
            assertThat(printJobs(floor)).as("no paper").isZero();
            assertThat(floor.callNext(1)).as("no ticket").isNull();
            assertThat(kioskIssue(kiosk, "next-citizen-0005").jsonPath().getString("ticket.code"))
                    .as("its number was not spent").isEqualTo("A001");
        }
    }

    private static ExtractableResponse<Response> kioskIssue(String kiosk, String requestId) {
        return KioskTestDevices.asDevice(kiosk).header("Accept-Language", "en")
                .body(Map.of("field", "HT", "requestId", requestId)).post("/api/kiosk/tickets").then().extract();
    }

    private int printJobs(Floor floor) throws Exception {
        try (Connection db = database.getConnection(); PreparedStatement count = db.prepareStatement("SELECT count(*)"
                + " FROM print_job j JOIN center c ON c.id = j.center_id WHERE c.code = ?")) {
            count.setString(1, floor.center);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
