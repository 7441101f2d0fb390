import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reconnect storm (bench/storm starts it): what a node's death asks of the node its screens
 * come back to. Thousands of screens, each with its own device token, are open on the server
 * while kiosks issue tickets; then every socket is reset at once and each reconnects with
 * {@code since=} as display-ui does (jittered back-off). Measured per storm: how long until each
 * screen and the last one was open again, what the server refused (503, close 1013), whether any
 * screen missed an event (a hole in its seqs) or stayed behind its center's other screens, and the
 * server's and PostgreSQL's CPU meanwhile. The screens are reset by this client rather than by
 * killing a node: the node taking them over sees the same storm, and one node suffices. Asserts
 * nothing.
 */
public final class ReconnectStorm {

    private static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    record Storm(int number, int reset, LatencyRecorder.Summary reopen, LatencyRecorder.Summary handshake, boolean allReopened, long gaps, long behind,
            long refused, long closedTryLater, long otherSocketErrors, long issueErrors, long issued, double[] cpu,
            long serverPeakRss, long postgresPeak) {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace(); // the HTTP client's threads would keep a failed run alive
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Options o = Options.parse(Options.STORM, args);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(LoadBench.daemon("timer"));
        ErrorCounts errors = new ErrorCounts();
        ProcessSampler sampler = new ProcessSampler(o.longValue("server-pid"), o.longValue("postgres-pid"), o.integer("clock-ticks"));
        sampler.start(Executors.newSingleThreadScheduledExecutor(LoadBench.daemon("sampler")));
        Api api = new Api(Api.client(64), o.text("base"), 32, o.longValue("timeout-ms"));
        String admin = Api.basic("admin", o.text("admin-password"));

        LoadBench.say("set-up: %d centers, each a field, a kiosk and its screens; %d screens, each a device of its own",
                o.integer("centers"), o.integer("screens"));
        long t = System.nanoTime();
        List<FloorSetup.Hall> halls = FloorSetup.createHalls(api, admin, o.integer("centers"), o.integer("screens"));
        LoadBench.say("  %.1f s", (System.nanoTime() - t) / 1e9);
        List<IdleSockets.Screen> screens = halls.stream()
                .flatMap(h -> h.screenTokens().stream().map(token -> new IdleSockets.Screen(h.code(), token))).toList();

        errors.phase("opening");
        SocketCounts counts = new SocketCounts();
        IdleSockets sockets = new IdleSockets(o.text("base"), counts, errors, timer, o.integer("socket-opens"));
        t = System.nanoTime();
        sockets.open(screens).await(Math.max(120, screens.size() / 20), TimeUnit.SECONDS);
        // refused openings come back after their back-off: the storms start with every screen open
        for (int i = 0; i < 1200 && counts.open.get() < screens.size(); i++) {
            Thread.sleep(100);
        }
        LoadBench.say("%d of %d screens open after %.1f s", counts.open.get(), screens.size(), (System.nanoTime() - t) / 1e9);
        sockets.handshakesAtOnce(Integer.MAX_VALUE);

        Issuer issuer = new Issuer(api, halls, errors);
        long periodNanos = (long) (1e9 / o.number("issue-rate"));
        ScheduledFuture<?> issuing = timer.scheduleAtFixedRate(issuer::issueNext, 0, periodNanos, TimeUnit.NANOSECONDS);

        List<Storm> storms = new ArrayList<>();
        for (int n = 1; n <= o.integer("storms"); n++) {
            Thread.sleep(o.integer("quiet-seconds") * 1000L);
            storms.add(storm(n, o, sockets, counts, errors, sampler, issuer));
        }
        issuing.cancel(false);
        sockets.closeAll();
        print(o, storms, screens.size());
        write(o, storms, screens.size(), errors);
        System.exit(0);
    }

    private static Storm storm(int n, Options o, IdleSockets sockets, SocketCounts counts, ErrorCounts errors,
            ProcessSampler sampler, Issuer issuer) throws Exception {
        String phase = "storm " + n;
        errors.phase(phase);
        long gapsBefore = counts.gaps.sum();
        long issuedBefore = issuer.issued.get();
        sampler.resetWindow();
        ProcessSampler.Cpu before = sampler.cpu();
        LatencyRecorder reopen = new LatencyRecorder();
        LatencyRecorder handshakes = new LatencyRecorder();
        int reset = sockets.dropAll(reopen, handshakes).get();
        LoadBench.say("storm %d: %d sockets reset", n, reset);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.integer("storm-timeout-seconds"));
        while (reopen.count() < reset && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        double[] cpu = sampler.cpu().since(before);
        LatencyRecorder.Summary s = reopen.summary();
        // No ticket in flight while the screens are compared: each must show its center's last event.
        issuer.paused = true;
        Thread.sleep(2000);
        long behind = 0;
        for (List<Long> seqs : sockets.lastSeqs().get().values()) {
            long last = seqs.stream().mapToLong(Long::longValue).max().orElse(-1);
            behind += seqs.stream().filter(seq -> seq < last).count();
        }
        issuer.paused = false;
        Map<String, Long> all = errors.all();
        long refused = sum(all, phase + " · socket · open: HTTP 503");
        long tryLater = sum(all, phase + " · socket · closed 1013");
        long socketErrors = sum(all, phase + " · socket · ");
        Storm storm = new Storm(n, reset, s, handshakes.summary(), reopen.count() >= reset, counts.gaps.sum() - gapsBefore, behind, refused, tryLater,
                socketErrors - refused - tryLater, sum(all, phase + " · issue · "), issuer.issued.get() - issuedBefore, cpu,
                sampler.windowServerPeakBytes(), sampler.windowPostgresPeakBytes());
        LoadBench.say("  %d reopened (p50 %s, p99 %s, last %s s; the handshake p99 %s s); 503: %d, 1013: %d, other: %d; "
                        + "events missed %d, screens behind %d", reopen.count(), sec(s.p50Ms()), sec(s.p99Ms()), sec(s.maxMs()),
                sec(storm.handshake().p99Ms()), refused, tryLater, storm.otherSocketErrors(), storm.gaps(), behind);
        return storm;
    }

    private static long sum(Map<String, Long> errors, String prefix) {
        return errors.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    /** Kiosks issuing all along, one center after another, so every replay carries events. */
    private static final class Issuer {
        private final Api api;
        private final List<FloorSetup.Hall> halls;
        private final ErrorCounts errors;
        private final AtomicInteger next = new AtomicInteger();
        final AtomicLong issued = new AtomicLong();
        volatile boolean paused;

        Issuer(Api api, List<FloorSetup.Hall> halls, ErrorCounts errors) {
            this.api = api;
            this.halls = halls;
            this.errors = errors;
        }

        void issueNext() {
            if (paused) {
                return;
            }
            FloorSetup.Hall hall = halls.get(Math.floorMod(next.getAndIncrement(), halls.size()));
            api.send("POST", "/api/kiosk/tickets", FloorSetup.issueBody(0), Api.bearer(hall.kioskToken())).thenAccept(r -> {
                if (r.is(201)) {
                    issued.incrementAndGet();
                } else {
                    errors.add("issue", r.kind());
                }
            });
        }
    }

    private static void print(Options o, List<Storm> storms, int screens) {
        Map<String, Object> m = Machine.describe("");
        StringBuilder b = new StringBuilder("\n");
        b.append(String.format(Locale.ROOT, "OneDoor reconnect storm, %s%n", STARTED));
        b.append(String.format(Locale.ROOT, "machine: %s cores, %s, %.1f GiB RAM; %s%n", m.get("cores"), m.get("cpuModel"),
                ((Long) m.get("ramBytes")) / Report.MIB / 1024, m.get("java")));
        b.append("server: ").append(o.text("server-build")).append("; JVM ").append(o.text("server-java-opts")).append('\n');
        b.append(String.format(Locale.ROOT, "run: %d screens on %s centers, each its own device; %s issues/s all along; %d storms%s%n%n",
                screens, o.text("centers"), o.text("issue-rate"), storms.size(), o.quick ? " (--quick)" : ""));
        b.append("| storm | sockets reset | reopened | reset → open p50 / p99 / last (s) | handshake p50 / p99 / max (s) | refused 503 "
                + "| closed 1013 | other socket errors | events missed | screens behind | tickets issued (errors) "
                + "| CPU server / PostgreSQL / generator | server peak RSS |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Storm s : storms) {
            b.append(String.format(Locale.ROOT, "| %d | %d | %d%s | %s / %s / %s | %s / %s / %s | %d | %d | %d | %d | %d | %d (%d) "
                            + "| %.2f / %.2f / %.2f | %d MiB |%n", s.number(), s.reset(), s.reopen().count(),
                    s.allReopened() ? "" : " (NOT ALL)", sec(s.reopen().p50Ms()), sec(s.reopen().p99Ms()), sec(s.reopen().maxMs()),
                    sec(s.handshake().p50Ms()), sec(s.handshake().p99Ms()), sec(s.handshake().maxMs()), s.refused(), s.closedTryLater(),
                    s.otherSocketErrors(), s.gaps(), s.behind(), s.issued(), s.issueErrors(), s.cpu()[0], s.cpu()[1], s.cpu()[2],
                    Math.round(s.serverPeakRss() / Report.MIB)));
        }
        System.out.print(b);
    }

    private static void write(Options o, List<Storm> storms, int screens, ErrorCounts errors) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("date", STARTED.toString());
        root.put("machine", Machine.describe(""));
        root.put("parameters", o.parameters());
        root.put("screens", screens);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Storm s : storms) {
            rows.add(Report.json("storm", s.number(), "socketsReset", s.reset(), "reopened", s.reopen().count(),
                    "allReopened", s.allReopened(), "reopenP50Ms", s.reopen().p50Ms(), "reopenP99Ms", s.reopen().p99Ms(),
                    "reopenLastMs", s.reopen().maxMs(), "handshakeP50Ms", s.handshake().p50Ms(),
                    "handshakeP99Ms", s.handshake().p99Ms(), "handshakeMaxMs", s.handshake().maxMs(), "refused503", s.refused(), "closed1013", s.closedTryLater(),
                    "otherSocketErrors", s.otherSocketErrors(), "eventsMissed", s.gaps(), "screensBehind", s.behind(),
                    "ticketsIssued", s.issued(), "issueErrors", s.issueErrors(), "cpu", Report.cpuJson(s.cpu()),
                    "serverPeakRssBytes", s.serverPeakRss(), "postgresPssPeakBytes", s.postgresPeak()));
        }
        root.put("storms", rows);
        root.put("errors", errors.all());
        Path out = Path.of(o.text("out"));
        Files.writeString(out, Report.toJson(root, "") + "\n");
        System.out.println("\nwrote " + out);
    }

    private static String sec(double ms) {
        return Double.isNaN(ms) ? "–" : String.format(Locale.ROOT, "%.2f", ms / 1000);
    }
}
