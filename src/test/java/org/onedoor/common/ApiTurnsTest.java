package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.http.HttpMethod;
import jakarta.inject.Inject;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestDatabase;

/**
 * API requests wait their turn for the database in our own line, not the pool's; a counter's
 * action goes ahead of kiosks, and a request that finds the line full is refused at once, having
 * done nothing. Here the node serves one request at a time and lets two wait, and the ticket table
 * is locked behind the server's back so the request being served keeps its turn until the test
 * lets it go.
 */
@QuarkusTest
@TestProfile(ApiTurnsTest.OneAtATime.class)
class ApiTurnsTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onedoor.api.requests-at-once", "1", "onedoor.api.requests-waiting", "2");
        }
    }

    @Inject
    TestDatabase database;

    @Inject
    ApiTurns turns;

    @TestHTTPResource
    URL base;

    @Test
    void shouldLetACounterGoAheadOfAKioskAndRefuseARequestPastTheLineHavingDoneNothing() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10)
                .counter(1, "HT").counter(2, "CT").open(1).open(2);

        CompletableFuture<Response> served;
        CompletableFuture<Response> waited;
        CompletableFuture<Response> counter;
        Response refused;
        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.execute("LOCK TABLE ticket IN EXCLUSIVE MODE"); // reads go on, a new ticket waits
            }
            served = CompletableFuture.supplyAsync(() -> issue(floor, "HT"));
            await().atMost(Duration.ofSeconds(5)).until(() -> lockWaiters() == 1);
            waited = CompletableFuture.supplyAsync(() -> issue(floor, "CT"));
            await().atMost(Duration.ofSeconds(5)).until(() -> turns.waiting() == 1);
            counter = CompletableFuture.supplyAsync(() -> Floor.asAdmin().post(floor.path("/counters/2/call-next")));
            await().atMost(Duration.ofSeconds(5)).until(() -> turns.waiting() == 2);

            refused = issue(floor, "HT");
            assertThat(served).isNotDone();
            lock.commit();
        }

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith(ProblemDetail.MEDIA_TYPE);
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(refused.jsonPath().getString("detail")).contains("Nothing was done");

        assertThat(served.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        Response afterItsTurn = waited.get(10, TimeUnit.SECONDS);
        assertThat(afterItsTurn.statusCode()).as(afterItsTurn.asString()).isEqualTo(201);
        assertThat(afterItsTurn.jsonPath().getString("code")).as("its body, read after the wait, named field CT").startsWith("B");
        assertThat(counter.get(10, TimeUnit.SECONDS).statusCode())
                .as("counter 2 (CT) called before the CT ticket that had waited longer was issued: nobody for it yet")
                .isEqualTo(204);

        List<Integer> waiting = Floor.asAdmin().get(floor.path("/queue")).then().statusCode(200).extract().jsonPath()
                .getList("fields.waiting", Integer.class);
        assertThat(waiting).as("HT and CT: the refused request issued nothing").containsExactly(1, 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> turns.running() == 0 && turns.waiting() == 0);
    }

    @Test
    void shouldGiveTheTurnBackWhenAClientHangsUpWhileItsRequestIsServedOrWaits() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);

        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.execute("LOCK TABLE ticket IN EXCLUSIVE MODE");
            }
            try (Socket served = issueAndLeave(floor)) {
                await().atMost(Duration.ofSeconds(5)).until(() -> lockWaiters() == 1);
                try (Socket inLine = issueAndLeave(floor)) {
                    await().atMost(Duration.ofSeconds(5)).until(() -> turns.waiting() == 1);
                }
                await("the one in line left its place").atMost(Duration.ofSeconds(5)).until(() -> turns.waiting() == 0);
            }
            lock.commit();
        }

        await("the turn of the one served came back").atMost(Duration.ofSeconds(10)).until(() -> turns.running() == 0);
        assertThat(issue(floor, "HT").statusCode()).isEqualTo(201);
    }

    /** Sends a kiosk-sized issue and returns its socket: closing it hangs up without reading the answer. */
    private Socket issueAndLeave(Floor floor) throws Exception {
        String body = "{\"field\":\"HT\"}";
        String auth = Base64.getEncoder().encodeToString((Floor.ADMIN + ":" + Floor.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.getOutputStream().write(("POST " + floor.path("/tickets") + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + auth + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    @Test
    void shouldPutOnlyACountersActionsAhead() {
        assertThat(ApiTurns.counterWork(HttpMethod.POST, "/api/centers/demo/counters/3/call-next")).isTrue();
        assertThat(ApiTurns.counterWork(HttpMethod.POST, "/api/tickets/6f1c/complete")).isTrue();

        assertThat(ApiTurns.counterWork(HttpMethod.POST, "/api/centers/demo/tickets")).as("a kiosk's issue").isFalse();
        assertThat(ApiTurns.counterWork(HttpMethod.GET, "/api/centers/demo/counters/3/workspace")).isFalse();
        assertThat(ApiTurns.counterWork(HttpMethod.POST, "/api/centers/demo/counters")).as("a manager's new counter").isFalse();
        assertThat(ApiTurns.counterWork(HttpMethod.GET, "/api/tickets/6f1c")).isFalse();
    }

    private static Response issue(Floor floor, String field) {
        return Floor.asAdmin().body(Map.of("field", field)).post(floor.path("/tickets"));
    }

    private int lockWaiters() throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
