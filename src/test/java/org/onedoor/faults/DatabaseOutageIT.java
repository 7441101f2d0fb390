package org.onedoor.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.onedoor.database.EmbeddedDatabase;
import org.onedoor.testing.LiveFloor;
import org.onedoor.testing.NodeApi;
import org.onedoor.testing.ServerNode;
import org.onedoor.testing.TcpProxy;

/**
 * The database goes away for 30 seconds (its connections reset, new ones refused) under a running
 * server, the packaged jar in a process of its own: kiosks and counters keep asking, and every
 * request fails fast with 503 and a clear problem+json (a screen's socket upgrade with 503 too), none hangs; when the database returns the
 * server carries on by itself, with no restart and nothing lost. Then the database's network
 * stalls without a reset (a frozen host): requests still answer 503 within the server's deadline.
 */
class DatabaseOutageIT {

    static final Path WORK = Path.of("target", "faults-it");
    static final String ADMIN_PASSWORD = "outage-admin-password";
    static final Duration OUTAGE = Duration.ofSeconds(30);
    /** Much longer than a refused connection takes, much shorter than a request that hangs. */
    static final long FAIL_FAST_MS = 5000;
    /** The server's own deadline for any API request is 10 s. */
    static final long STALLED_LIMIT_MS = 15000;

    @Test
    void shouldAnswer503FastWhileTheDatabaseIsDownAndRecoverByItself() throws Exception {
        Files.createDirectories(WORK);
        EmbeddedDatabase db = EmbeddedDatabase.start(Files.createTempDirectory("onedoor-outage-pg"), 0, true);
        TcpProxy network = new TcpProxy(db.port());
        ServerNode node = ServerNode.start("outage", WORK, Map.of(
                "ONEDOOR_DB_URL", "postgresql://127.0.0.1:" + network.port() + "/postgres",
                "ONEDOOR_DB_USER", db.user(), "ONEDOOR_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "ONEDOOR_SESSION_KEY", "outage-test-session-key", "QUARKUS_LOG_CATEGORY__ORG_ONEDOOR_FLOOR__LEVEL", "DEBUG"));
        NodeApi api = new NodeApi(node, ADMIN_PASSWORD);
        try {
            String center = "outage";
            api.createCenter(center, 2);
            api.send("POST", "/api/centers/" + center + "/counters/1/open", null);
            String kiosk = api.pair(center, "KIOSK", "Ki-ốt sảnh");
            String hallToken = api.pair(center, "HALL_SCREEN", "Màn hình sảnh");
            LiveFloor screen = new LiveFloor(node.url(), center, hallToken);
            List<String> before = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                before.add(issue(api, kiosk).at("/ticket/code").asText());
            }

            network.cut();
            long until = System.nanoTime() + OUTAGE.toNanos();
            int refused = 0;
            while (System.nanoTime() < until) {
                assertFailsFastWith503(node, () -> api.callAsDevice(kiosk, "POST", "/api/kiosk/tickets", "{\"field\":\"HT\"}"));
                assertFailsFastWith503(node, () -> api.call("POST", "/api/centers/" + center + "/counters/1/call-next", null));
                assertFailsFastWith503(node, () -> api.callAsDevice(kiosk, "GET", "/api/centers/" + center + "/kiosk", null));
                assertUpgradeFailsFastWith503(node, center, hallToken);
                refused += 4;
                Thread.sleep(1000);
            }
            HttpResponse<String> ready = api.call("GET", "/q/health/ready", null);
            assertThat(ready.statusCode()).as("a load balancer sees the node as not ready").isEqualTo(503);
            network.restore();

            // back by itself: the first request after the return may still meet a dead connection
            NodeApi.await(Duration.ofSeconds(30), () -> succeeds(api, kiosk), "the kiosk issues again");
            HttpResponse<String> called = api.call("POST", "/api/centers/" + center + "/counters/1/call-next", null);
            assertThat(called.statusCode()).isEqualTo(200);
            assertThat(NodeApi.JSON.readTree(called.body()).get("code").asText())
                    .as("the queue from before the outage is intact, in order").isEqualTo(before.get(0));
            JsonNode after = issue(api, kiosk);
            assertThat(after.at("/ticket/code").asText()).as("numbering continues, no duplicate").isNotIn(before);
            long last = api.lastSeq(center);
            // at least: a queue count another action overtook is counted again a moment later
            NodeApi.await(Duration.ofSeconds(10), () -> screen.lastSeq() >= last, () -> "the hall screen sees the calls after the outage, up to seq "
                    + last + ": it " + screen.describe() + "\nthe server's floor lines:\n" + node.lastLinesOf("floor"));
            NodeApi.await(Duration.ofSeconds(30), () -> ready(api), "the node is ready again");

            // now the database's network stalls without a reset, as when its host freezes: no
            // connection fails, nothing answers, and still no request may hang
            network.stall();
            for (int i = 0; i < 3; i++) {
                assertFailsWith503Within(node, STALLED_LIMIT_MS, () -> api.call("POST", "/api/centers/" + center + "/counters/2/call-next", null));
                assertFailsWith503Within(node, STALLED_LIMIT_MS, () -> api.callAsDevice(kiosk, "GET", "/api/centers/" + center + "/kiosk", null));
            }
            network.restore();
            NodeApi.await(Duration.ofSeconds(60), () -> succeeds(api, kiosk), "the kiosk issues again after the stall");
            System.out.printf("database outage of %s: %d requests refused with 503%n", OUTAGE, refused);
            screen.close();
        } finally {
            node.close();
            network.close();
            db.stop();
        }
    }

    private static JsonNode issue(NodeApi api, String kiosk) throws Exception {
        HttpResponse<String> response = api.callAsDevice(kiosk, "POST", "/api/kiosk/tickets", "{\"field\":\"HT\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return NodeApi.JSON.readTree(response.body());
    }

    private static boolean ready(NodeApi api) {
        try {
            return api.call("GET", "/q/health/ready", null).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean succeeds(NodeApi api, String kiosk) {
        try {
            return api.callAsDevice(kiosk, "POST", "/api/kiosk/tickets", "{\"field\":\"HT\"}").statusCode() == 201;
        } catch (Exception e) {
            return false;
        }
    }

    /** A screen that reconnects meanwhile is told to come back later (503), not that the server broke (500). */
    private static void assertUpgradeFailsFastWith503(ServerNode node, String center, String token) {
        long start = System.nanoTime();
        URI floor = URI.create(node.url().replaceFirst("^http", "ws") + "/ws/centers/" + center + "/floor?token=" + token);
        try {
            HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(floor, new WebSocket.Listener() { }).join();
            throw new AssertionError("a floor socket opened while the database was down");
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            HttpResponse<?> refused = ((WebSocketHandshakeException) e.getCause()).getResponse();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("the upgrade answered in " + millis + " ms").isLessThan(FAIL_FAST_MS);
            assertThat(refused.statusCode()).as("\nthe server's last errors:\n" + node.lastErrors()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
    }

    private static void assertFailsFastWith503(ServerNode node, Callable<HttpResponse<String>> request) throws Exception {
        assertFailsWith503Within(node, FAIL_FAST_MS, request);
    }

    private static void assertFailsWith503Within(ServerNode node, long limitMillis, Callable<HttpResponse<String>> request)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = request.call();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as(response.request().uri() + " answered in " + millis + " ms: a request must not hang")
                .isLessThan(limitMillis);
        assertThat(response.statusCode()).as(() -> response.request().uri() + ": " + response.body()
                + "\nthe server's last errors:\n" + node.lastErrors()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("database");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }
}
