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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on one OneDoor server: kiosks issuing, counters calling and serving, screens reading the
 * queue. A single-file program (java FloorBench.java BASE_URL ADMIN_PASSWORD OUT.json); bench/run
 * starts the server and calls it. Prints a table, writes JSON. Not a test: it asserts nothing.
 */
public class FloorBench {

    static final int TICKETS = Integer.getInteger("tickets", 2000);
    static final int KIOSKS = Integer.getInteger("kiosks", 16);
    static final int COUNTERS = Integer.getInteger("counters", 16);
    static final int READERS = Integer.getInteger("readers", 16);
    static final int READS = Integer.getInteger("reads", 4000);

    static HttpClient http;
    static String base;
    static String auth;

    public static void main(String[] args) {
        try {
            bench(args);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    static void bench(String[] args) throws Exception {
        base = args[0];
        auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        Path out = Path.of(args[2]);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();

        String center = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        setUp(center);
        // warm the server up before measuring (JIT, pools)
        run("warm-up", 8, 200, i -> send("GET", "/api/centers/" + center + "/queue", null, 200));

        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(run("issue ticket (" + KIOSKS + " kiosks)", KIOSKS, TICKETS,
                i -> send("POST", "/api/centers/" + center + "/tickets",
                        "{\"field\":\"" + (i % 2 == 0 ? "HT" : "CT") + "\"}", 201)));
        rows.add(run("queue snapshot, " + TICKETS + " waiting (" + READERS + " screens)", READERS, 400,
                i -> send("GET", "/api/centers/" + center + "/queue", null, 200)));
        rows.add(callAndServe(center));
        rows.add(run("field list, as a kiosk loads it (" + READERS + " kiosks)", READERS, READS,
                i -> send("GET", "/api/centers/" + center + "/fields", null, 200)));

        System.out.printf("%n%-48s %8s %9s %8s %8s %8s %8s%n", "operation", "requests", "req/s", "p50 ms", "p90 ms",
                "p99 ms", "max ms");
        for (Map<String, Object> r : rows) {
            System.out.printf(Locale.ROOT, "%-48s %8d %9.1f %8.1f %8.1f %8.1f %8.1f%n", r.get("operation"),
                    r.get("requests"), r.get("perSecond"), r.get("p50Ms"), r.get("p90Ms"), r.get("p99Ms"), r.get("maxMs"));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("tickets", TICKETS);
        json.put("results", rows);
        Files.writeString(out, toJson(json));
        System.out.println("\nwrote " + out);
    }

    static void setUp(String center) throws Exception {
        send("POST", "/api/centers", "{\"code\":\"" + center + "\",\"name\":\"Bench\"}", 201);
        send("PUT", "/api/centers/" + center + "/fields/HT", "{\"names\":{\"vi\":\"Hộ tịch\"},\"prefix\":\"A\"}", 200);
        send("PUT", "/api/centers/" + center + "/fields/CT", "{\"names\":{\"vi\":\"Chứng thực\"},\"prefix\":\"B\"}", 200);
        for (int c = 1; c <= COUNTERS; c++) {
            String fields = c % 2 == 0 ? "[\"HT\",\"CT\"]" : "[\"CT\",\"HT\"]";
            send("PUT", "/api/centers/" + center + "/counters/" + c, "{\"label\":\"Q" + c + "\",\"fields\":" + fields + "}", 200);
            send("POST", "/api/centers/" + center + "/counters/" + c + "/open", null, 200);
        }
    }

    /** Every counter calls, starts and completes until nobody waits: 3 requests per ticket. */
    static Map<String, Object> callAndServe(String center) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger served = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 1; c <= COUNTERS; c++) {
            String counter = "/api/centers/" + center + "/counters/" + c;
            futures.add(pool.submit(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> called = request("POST", counter + "/call-next", null);
                    latencies.add(System.nanoTime() - t0);
                    if (called.statusCode() == 204) {
                        return null;
                    }
                    Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(called.body());
                    if (called.statusCode() != 200 || !m.find()) {
                        throw new IllegalStateException("call-next: " + called.statusCode() + " " + called.body());
                    }
                    for (String action : List.of("start", "complete")) {
                        long t1 = System.nanoTime();
                        send("POST", "/api/tickets/" + m.group(1) + "/" + action, null, 200);
                        latencies.add(System.nanoTime() - t1);
                    }
                    served.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> row = row("call-next + start + complete (" + COUNTERS + " counters)", latencies, seconds);
        row.put("ticketsServed", served.get());
        row.put("ticketsPerSecond", served.get() / seconds);
        return row;
    }

    interface Call {
        void run(int i) throws Exception;
    }

    static Map<String, Object> run(String name, int threads, int count, Call call) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    call.run(i);
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return row(name, latencies, (System.nanoTime() - start) / 1e9);
    }

    static Map<String, Object> row(String name, ConcurrentLinkedQueue<Long> latencies, double seconds) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("operation", name);
        row.put("requests", sorted.size());
        row.put("seconds", seconds);
        row.put("perSecond", sorted.size() / seconds);
        row.put("p50Ms", percentile(sorted, 0.50));
        row.put("p90Ms", percentile(sorted, 0.90));
        row.put("p99Ms", percentile(sorted, 0.99));
        row.put("maxMs", sorted.get(sorted.size() - 1) / 1e6);
        return row;
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static void send(String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = request(method, path, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static HttpResponse<String> request(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(60));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String toJson(Object o) {
        if (o instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add("\"" + k + "\":" + toJson(v)));
            return "{" + String.join(",", parts) + "}";
        }
        if (o instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(v -> parts.add(toJson(v)));
            return "[" + String.join(",", parts) + "]";
        }
        if (o instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (o instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(o);
    }
}
