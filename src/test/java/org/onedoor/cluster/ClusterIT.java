package org.onedoor.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.net.http.WebSocketHandshakeException;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.onedoor.database.EmbeddedDatabase;
import org.onedoor.testing.LiveFloor;
import org.onedoor.testing.NodeApi;
import org.onedoor.testing.ServerNode;

/**
 * Cluster mode for real: two server nodes (the packaged jar, each a process of its own) on one
 * PostgreSQL, sharing floor events through the RabbitMQ broker that run-tests starts on
 * 127.0.0.1:5672. Eight counters, four on each node, call 1,000 tickets at once: each ticket is
 * called exactly once, and a hall screen on each node receives every event of the center in order.
 * Then one node dies and its screen carries on from the other one with nothing missed. First, a
 * device revoked or moved on one node loses its socket on the other, and wrong passwords add up across nodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final Path WORK = Path.of("target", "cluster-it");
    static final String ADMIN_PASSWORD = "cluster-admin-password";
    static final int TICKETS = 1000;

    EmbeddedDatabase db;
    ServerNode a;
    ServerNode b;
    NodeApi apiA;
    NodeApi apiB;

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        assertBrokerIsRunning();
        Files.createDirectories(WORK);
        db = EmbeddedDatabase.start(Files.createTempDirectory("onedoor-cluster-pg"), 0, true);
        Map<String, String> env = Map.of("ONEDOOR_DB_URL", "postgresql://localhost:" + db.port() + "/postgres",
                "ONEDOOR_DB_USER", db.user(), "ONEDOOR_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "ONEDOOR_SESSION_KEY", "cluster-test-session-key", "ONEDOOR_CLUSTER_ENABLED", "true",
                "ONEDOOR_RABBITMQ_HOST", "127.0.0.1");
        a = ServerNode.start("node-a", WORK, env);
        b = ServerNode.start("node-b", WORK, env);
        apiA = new NodeApi(a, ADMIN_PASSWORD);
        apiB = new NodeApi(b, ADMIN_PASSWORD);
    }

    @AfterAll
    void stopNodesAndDatabase() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (db != null) {
            db.stop();
        }
    }

    /** A socket is authenticated at its handshake only: the node holding it must hear of the revocation. */
    @Test
    @Order(1)
    void shouldCloseARevokedScreensSocketOnTheOtherNode() throws Exception {
        String center = newCenterCode();
        apiA.createCenter(center, 1);
        String token = apiA.pair(center, "HALL_SCREEN", "Sảnh B");
        LiveFloor onB = new LiveFloor(b.url(), center, token);
        NodeApi.await(Duration.ofSeconds(30), () -> onB.snapshotSeq() >= 0, "the screen on node B has its snapshot");

        apiA.send("POST", "/api/devices/" + center + "/" + apiA.deviceId(token) + "/revoke", null);

        NodeApi.await(Duration.ofSeconds(10), () -> onB.closeCode() == 4001,
                "node B closes the revoked screen's socket with 4001 (last close: " + onB.closeCode() + ")");
        assertThatThrownBy(() -> new LiveFloor(b.url(), center, token))
                .as("node B no longer takes the token, even from its one-second credentials cache")
                .cause().asInstanceOf(InstanceOfAssertFactories.type(WebSocketHandshakeException.class))
                .extracting(refused -> refused.getResponse().statusCode()).isEqualTo(401);
    }

    /** A counter screen moved on node A: its page's socket on node B is told to read its counter again. */
    @Test
    @Order(1)
    void shouldTellAMovedCounterScreensPageOnTheOtherNode() throws Exception {
        String center = newCenterCode();
        apiA.createCenter(center, 2);
        String token = NodeApi.JSON.readTree(apiA.send("POST", "/api/devices/" + center,
                "{\"kind\":\"COUNTER_SCREEN\",\"name\":\"Màn hình quầy\",\"counter\":1}")).get("token").asText();
        LiveFloor onB = new LiveFloor(b.url(), center, token);
        NodeApi.await(Duration.ofSeconds(30), () -> onB.snapshotSeq() >= 0, "the screen on node B has its snapshot");

        apiA.send("PUT", "/api/devices/" + center + "/" + apiA.deviceId(token) + "/counter", "{\"counter\":2}");

        NodeApi.await(Duration.ofSeconds(10), () -> onB.closeCode() == 4002,
                "node B closes the moved screen's socket with 4002 (last close: " + onB.closeCode() + ")");
    }

    /** The counter workspace's socket on node B closes when its officer signs out on node A. */
    @Test
    @Order(2)
    void shouldCloseASignedOutOfficersSocketOnTheOtherNode() throws Exception {
        String center = newCenterCode();
        String officer = staffOfNewCenter(center, "officer-", "OFFICER");
        Map<String, String> desk = apiA.signIn(officer, "officer-password-1");
        LiveFloor onB = LiveFloor.withCookie(b.url(), center, "onedoor-session=" + desk.get("onedoor-session"));
        NodeApi.await(Duration.ofSeconds(30), () -> onB.snapshotSeq() >= 0, "the workspace on node B has its snapshot");

        assertThat(apiA.signOut(desk)).isEqualTo(303);

        NodeApi.await(Duration.ofSeconds(10), () -> onB.closeCode() == 4003,
                "node B closes the signed-out officer's socket with 4003 (last close: " + onB.closeCode() + ")");
    }

    /**
     * A guesser whose requests a load balancer spreads over both nodes gets the tries of one node,
     * not twice as many: five wrong passwords, three on node A and two on node B, lock the name on
     * both, even for the right password. Counted in each node's memory, neither node saw five.
     */
    @Test
    @Order(3)
    void shouldLockANameForWrongPasswordsSpreadOverBothNodes() throws Exception {
        String officer = staffOfNewCenter(newCenterCode(), "guessed-", "OFFICER");

        for (int guess = 1; guess <= 5; guess++) {
            NodeApi node = guess % 2 == 1 ? apiA : apiB;
            assertThat(node.callAs(officer, "guess-" + guess, "GET", "/api/me").statusCode()).as("guess " + guess)
                    .isEqualTo(401);
        }

        // the fifth, on node A, locked the name: node B knows it from the database alone
        assertThat(apiA.callAs(officer, "officer-password-1", "GET", "/api/me").statusCode()).isEqualTo(429);
        assertThat(apiB.callAs(officer, "officer-password-1", "GET", "/api/me").statusCode()).isEqualTo(429);
    }

    @Test
    @Order(4)
    void shouldStopWrongPairingCodesSpreadOverBothNodes() throws Exception {
        String center = newCenterCode();
        String manager = staffOfNewCenter(center, "pairing-", "MANAGER");
        String code = NodeApi.JSON.readTree(apiB.call("POST", "/api/pairing", null).body()).get("code").asText();
        String claim = "/api/pairing/" + center + "/claim";

        for (int guess = 1; guess <= 10; guess++) {
            NodeApi node = guess % 2 == 1 ? apiA : apiB;
            String wrong = String.format("%06d", (Integer.parseInt(code) + guess) % 1_000_000);
            assertThat(node.callAs(manager, "officer-password-1", "POST", claim, screenCalled(wrong)).statusCode())
                    .as("wrong code " + guess).isEqualTo(404);
        }

        // five wrong codes on each node: the tenth locked the manager out of pairing on both
        assertThat(apiA.callAs(manager, "officer-password-1", "POST", claim, screenCalled(code)).statusCode()).isEqualTo(429);
        assertThat(apiB.callAs(manager, "officer-password-1", "POST", claim, screenCalled(code)).statusCode()).isEqualTo(429);
    }

    private static String screenCalled(String code) {
        return "{\"code\":\"" + code + "\",\"device\":{\"kind\":\"HALL_SCREEN\",\"name\":\"Sảnh\"}}";
    }

    @Test
    @Order(5)
    void shouldCallEachTicketOnceAcrossNodesAndShowEveryEventOnEveryNode() throws Exception {
        String center = newCenterCode();
        apiA.createCenter(center, 8);
        LiveFloor onA = new LiveFloor(a.url(), center, apiA.pair(center, "HALL_SCREEN", "Sảnh A"));
        LiveFloor onB = new LiveFloor(b.url(), center, apiB.pair(center, "HALL_SCREEN", "Sảnh B"));
        for (int counter = 1; counter <= 8; counter++) {
            (counter <= 4 ? apiA : apiB).send("POST", "/api/centers/" + center + "/counters/" + counter + "/open", null);
        }
        NodeApi.await(Duration.ofSeconds(60), () -> onA.snapshotSeq() >= 0 && onB.snapshotSeq() >= 0,
                "both screens have their snapshot");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> issued = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            NodeApi node = i % 2 == 0 ? apiA : apiB;
            String field = i % 3 == 0 ? "CT" : "HT";
            issued.add(pool.submit(() -> node.send("POST", "/api/centers/" + center + "/tickets", "{\"field\":\"" + field + "\"}")));
        }
        for (Future<?> f : issued) {
            f.get();
        }

        Set<String> called = ConcurrentHashMap.newKeySet();
        List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> calledAt = new ConcurrentHashMap<>();
        Map<String, String> calledOn = new ConcurrentHashMap<>();
        List<Future<?>> counters = new ArrayList<>();
        for (int counter = 1; counter <= 8; counter++) {
            NodeApi node = counter <= 4 ? apiA : apiB;
            String nodeName = counter <= 4 ? a.name : b.name;
            int number = counter;
            counters.add(pool.submit(() -> {
                while (true) {
                    HttpResponse<String> next = node.call("POST", "/api/centers/" + center + "/counters/" + number + "/call-next", null);
                    long at = System.nanoTime();
                    if (next.statusCode() == 204) {
                        return null;
                    }
                    assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
                    String id = NodeApi.JSON.readTree(next.body()).get("id").asText();
                    calls.add(id);
                    called.add(id);
                    calledAt.put(id, at);
                    calledOn.put(id, nodeName);
                    node.send("POST", "/api/tickets/" + id + "/start", null);
                    node.send("POST", "/api/tickets/" + id + "/complete", null);
                }
            }));
        }
        for (Future<?> f : counters) {
            f.get();
        }
        pool.shutdown();
        assertThat(calls).as("every ticket called").hasSize(TICKETS);
        assertThat(called).as("no ticket called twice").hasSize(TICKETS);

        // at least: a queue count overtaken by the other node's call is counted again a moment later
        long last = apiA.lastSeq(center);
        NodeApi.await(Duration.ofSeconds(60), () -> onA.lastSeq() >= last && onB.lastSeq() >= last,
                "both screens reach seq " + last);
        assertEveryEventInOrder(onA, last);
        assertEveryEventInOrder(onB, last);
        report("call on node A → TicketCalled on node B's screen", latencies(calledAt, calledOn, onB, "node-a"));
        report("call on node B → TicketCalled on node A's screen", latencies(calledAt, calledOn, onA, "node-b"));
        report("call on node A → TicketCalled on node A's screen", latencies(calledAt, calledOn, onA, "node-a"));
        assertThat(onA.resyncs() + onB.resyncs())
                .as("every event reached the other node through the broker; none had to be read back from the log")
                .isZero();

        // node B dies; its screen goes to node A and carries on from the last event it saw
        b.kill();
        onB.moveTo(a.url());
        apiA.send("POST", "/api/centers/" + center + "/tickets", "{\"field\":\"HT\"}");
        apiA.send("POST", "/api/centers/" + center + "/counters/1/call-next", null);
        long end = apiA.lastSeq(center);
        NodeApi.await(Duration.ofSeconds(60), () -> onB.lastSeq() >= end, "the moved screen reaches seq " + end);
        assertEveryEventInOrder(onB, end);
        onA.close();
        onB.close();
    }

    /** A center of one counter, made on node A, and a staff member of it in {@code role} (password officer-password-1). */
    private String staffOfNewCenter(String center, String namePrefix, String role) throws Exception {
        apiA.createCenter(center, 1);
        String name = namePrefix + center;
        apiA.send("POST", "/api/users", NodeApi.JSON.writeValueAsString(Map.of("username", name,
                "password", "officer-password-1", "roles", List.of(role), "center", center, "displayName", name)));
        return name;
    }

    private static String newCenterCode() {
        return "cluster-" + System.nanoTime() % 1_000_000;
    }

    /** Every event from the snapshot to {@code last}, each once, in sequence order. */
    private static void assertEveryEventInOrder(LiveFloor screen, long last) {
        List<Long> seqs = screen.events().stream().map(LiveFloor.Arrival::seq).toList();
        assertThat(seqs).as("up to seq " + last).isNotEmpty().last().satisfies(seq -> assertThat(seq).isGreaterThanOrEqualTo(last));
        List<Long> expected = LongStream.rangeClosed(screen.snapshotSeq() + 1, seqs.get(seqs.size() - 1)).boxed().toList();
        assertThat(seqs).as("events in order, none missing, none twice").isEqualTo(expected);
    }

    private static List<Long> latencies(Map<String, Long> calledAt, Map<String, String> calledOn, LiveFloor screen,
            String node) {
        List<Long> micros = new ArrayList<>();
        calledOn.forEach((id, on) -> {
            Long seen = screen.callsSeen.get(id);
            if (on.equals(node) && seen != null) {
                micros.add(Math.max(0, (seen - calledAt.get(id)) / 1000));
            }
        });
        micros.sort(null);
        return micros;
    }

    /** Figures for the notes, not assertions: timings depend on the machine. */
    private static void report(String what, List<Long> micros) {
        if (micros.isEmpty()) {
            return;
        }
        System.out.printf("%s: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", what, micros.size(),
                micros.get(micros.size() / 2) / 1000.0, micros.get(Math.min(micros.size() - 1, micros.size() * 99 / 100)) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0);
    }

    private static void assertBrokerIsRunning() {
        try (Socket socket = new Socket("127.0.0.1", 5672)) {
            socket.getPort();
        } catch (Exception e) {
            fail("RabbitMQ is not running on 127.0.0.1:5672 (run-tests installs and starts it): " + e);
        }
    }
}
