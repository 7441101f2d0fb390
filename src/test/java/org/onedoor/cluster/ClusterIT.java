package org.onedoor.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.onedoor.database.EmbeddedDatabase;
import org.onedoor.testing.LiveFloor;
import org.onedoor.testing.ServerNode;

/**
 * Cluster mode for real: two server nodes (the packaged jar, each a process of its own) on one
 * PostgreSQL, sharing floor events through the RabbitMQ broker that run-tests starts on
 * 127.0.0.1:5672. Eight counters, four on each node, call 1,000 tickets at once: each ticket is
 * called exactly once, and a hall screen on each node receives every event of the center in order.
 * Then one node dies and its screen carries on from the other one with nothing missed.
 */
class ClusterIT {

    static final Path WORK = Path.of("target", "cluster-it");
    static final String ADMIN_PASSWORD = "cluster-admin-password";
    static final int TICKETS = 1000;
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldCallEachTicketOnceAcrossNodesAndShowEveryEventOnEveryNode() throws Exception {
        assertBrokerIsRunning();
        Files.createDirectories(WORK);
        EmbeddedDatabase db = EmbeddedDatabase.start(Files.createTempDirectory("onedoor-cluster-pg"), 0, true);
        Map<String, String> env = Map.of("ONEDOOR_DB_URL", "postgresql://localhost:" + db.port() + "/postgres",
                "ONEDOOR_DB_USER", db.user(), "ONEDOOR_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "ONEDOOR_SESSION_KEY", "cluster-test-session-key", "ONEDOOR_CLUSTER_ENABLED", "true",
                "ONEDOOR_RABBITMQ_HOST", "127.0.0.1");
        ServerNode a = ServerNode.start("node-a", WORK, env);
        ServerNode b = ServerNode.start("node-b", WORK, env);
        try {
            String center = "cluster-" + System.currentTimeMillis() % 100000;
            setUp(a, center);
            LiveFloor onA = new LiveFloor(a.url(), center, pair(a, center, "Sảnh A"));
            LiveFloor onB = new LiveFloor(b.url(), center, pair(b, center, "Sảnh B"));
            for (int counter = 1; counter <= 8; counter++) {
                send(counter <= 4 ? a : b, "POST", "/api/centers/" + center + "/counters/" + counter + "/open", null);
            }
            await(() -> onA.snapshotSeq() >= 0 && onB.snapshotSeq() >= 0, "both screens have their snapshot");

            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> issued = new ArrayList<>();
            for (int i = 0; i < TICKETS; i++) {
                ServerNode node = i % 2 == 0 ? a : b;
                String field = i % 3 == 0 ? "CT" : "HT";
                issued.add(pool.submit(() -> send(node, "POST", "/api/centers/" + center + "/tickets", "{\"field\":\"" + field + "\"}")));
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
                ServerNode node = counter <= 4 ? a : b;
                int number = counter;
                counters.add(pool.submit(() -> {
                    while (true) {
                        HttpResponse<String> next = call(node, "POST", "/api/centers/" + center + "/counters/" + number + "/call-next", null);
                        long at = System.nanoTime();
                        if (next.statusCode() == 204) {
                            return null;
                        }
                        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
                        String id = JSON.readTree(next.body()).get("id").asText();
                        calls.add(id);
                        called.add(id);
                        calledAt.put(id, at);
                        calledOn.put(id, node.name);
                        send(node, "POST", "/api/tickets/" + id + "/start", null);
                        send(node, "POST", "/api/tickets/" + id + "/complete", null);
                    }
                }));
            }
            for (Future<?> f : counters) {
                f.get();
            }
            pool.shutdown();
            assertThat(calls).as("every ticket called").hasSize(TICKETS);
            assertThat(called).as("no ticket called twice").hasSize(TICKETS);

            long last = lastSeq(a, center);
            await(() -> onA.lastSeq() == last && onB.lastSeq() == last, "both screens reach seq " + last);
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
            send(a, "POST", "/api/centers/" + center + "/tickets", "{\"field\":\"HT\"}");
            send(a, "POST", "/api/centers/" + center + "/counters/1/call-next", null);
            long end = lastSeq(a, center);
            await(() -> onB.lastSeq() == end, "the moved screen reaches seq " + end);
            assertEveryEventInOrder(onB, end);
            onA.close();
            onB.close();
        } finally {
            a.close();
            b.close();
            db.stop();
        }
    }

    private void setUp(ServerNode node, String center) throws Exception {
        send(node, "POST", "/api/centers", "{\"code\":\"" + center + "\",\"name\":\"Trung tâm cụm máy chủ\"}");
        String fields = "/api/centers/" + center + "/fields/";
        send(node, "PUT", fields + "HT", "{\"names\":{\"vi\":\"Hộ tịch\"},\"prefix\":\"A\",\"serviceMinutes\":5}");
        send(node, "PUT", fields + "CT", "{\"names\":{\"vi\":\"Chứng thực\"},\"prefix\":\"B\",\"serviceMinutes\":5}");
        for (int counter = 1; counter <= 8; counter++) {
            String order = counter % 2 == 0 ? "[\"HT\",\"CT\"]" : "[\"CT\",\"HT\"]";
            send(node, "PUT", "/api/centers/" + center + "/counters/" + counter,
                    "{\"label\":\"Quầy " + counter + "\",\"fields\":" + order + "}");
        }
    }

    private String pair(ServerNode node, String center, String name) throws Exception {
        String answer = send(node, "POST", "/api/devices/" + center, "{\"kind\":\"HALL_SCREEN\",\"name\":\"" + name + "\"}");
        return JSON.readTree(answer).get("token").asText();
    }

    /** Every event from the snapshot to {@code last}, each once, in sequence order. */
    private static void assertEveryEventInOrder(LiveFloor screen, long last) {
        List<Long> seqs = screen.events().stream().map(LiveFloor.Arrival::seq).toList();
        List<Long> expected = LongStream.rangeClosed(screen.snapshotSeq() + 1, last).boxed().toList();
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

    private long lastSeq(ServerNode node, String center) throws Exception {
        long seq = 0;
        while (true) {
            JsonNode page = JSON.readTree(send(node, "GET", "/api/centers/" + center + "/events?after=" + seq + "&limit=500", null));
            if (page.isEmpty()) {
                return seq;
            }
            seq = page.get(page.size() - 1).get("seq").asLong();
        }
    }

    private String send(ServerNode node, String method, String path, String json) throws Exception {
        HttpResponse<String> response = call(node, method, path, json);
        if (response.statusCode() >= 300) {
            fail(method + " " + path + " on " + node.name + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> call(ServerNode node, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertBrokerIsRunning() {
        try (Socket socket = new Socket("127.0.0.1", 5672)) {
            socket.getPort();
        } catch (Exception e) {
            fail("RabbitMQ is not running on 127.0.0.1:5672 (run-tests installs and starts it): " + e);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
