import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's one report: Markdown tables on the terminal (pasteable into a README) and a JSON file. */
final class Report {

    static final double MIB = 1024 * 1024;
    /** The issue's server RSS target, "400 MB", read as decimal megabytes (381.5 MiB): the stricter reading. */
    static final double RSS_TARGET_BYTES = 400e6;
    private static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private Report() {
    }

    record Target(String figure, String target, String measured, String met, Map<String, Object> json) {
    }

    static List<Target> targets(LoadBench.Run run) {
        Options o = run.options();
        List<Target> t = new ArrayList<>();
        double tps = o.number("pgbench-tps");
        double need = tps / 4;
        double got = run.lifecycles().perSecond();
        t.add(new Target("full ticket lifecycles per second (issue+call+start+complete)",
                tps > 0 ? String.format(Locale.ROOT, "≥ %s (pgbench %s tx/s ÷ 4)", num(need), num(tps)) : "pgbench not run",
                String.format(Locale.ROOT, "%s (ratio %.4f of pgbench)", num(got), tps > 0 ? got / tps : Double.NaN),
                tps > 0 ? met(got >= need) : "n/a", json("targetPerSecond", need, "perSecond", got, "pgbenchTps", tps)));

        DayPhase.Result d = run.day();
        double rate = o.number("issue-rate");
        LatencyRecorder.Summary peak = d.issueAtPeak().summary();
        double completed = d.peakCompleted() / d.peakSeconds();
        double offered = d.peakOffered() / d.peakSeconds();
        boolean rateReached = completed >= 0.9 * rate;
        t.add(new Target("p99 issue at the peak rate" + (rate == 200 ? "" : " (target is defined at 200/s)"),
                String.format(Locale.ROOT, "< 20 ms at %s issues/s", num(rate)),
                String.format(Locale.ROOT, "%s ms; %s/s completed of %s/s offered", ms(peak.p99Ms()), num(completed), num(offered)),
                met(peak.p99Ms() < 20 && rateReached) + (peak.p99Ms() < 20 && !rateReached ? " (rate not reached)" : ""),
                json("targetMs", 20, "p99Ms", peak.p99Ms(), "targetRate", rate, "completedRate", completed, "offeredRate", offered)));

        LoadBench.Sockets s = run.sockets();
        LatencyRecorder.Summary screen = run.matcher().callToScreen.summary();
        t.add(new Target("p99 call→screen" + (s.target() == 10_000 ? "" : " (target is defined at 10,000 sockets)"),
                String.format(Locale.ROOT, "< 100 ms with %s sockets open", num(s.target())),
                String.format(Locale.ROOT, "%s ms; %s open at the peak", ms(screen.p99Ms()), num(s.atPeak())),
                met(screen.p99Ms() < 100 && s.atPeak() >= s.target()) + (screen.p99Ms() < 100 && s.atPeak() < s.target()
                        ? " (sockets not all open)" : ""),
                json("targetMs", 100, "p99Ms", screen.p99Ms(), "targetSockets", s.target(), "openAtPeak", s.atPeak())));

        double rss = run.memory().serverPeakDay() / MIB;
        double targetMiB = RSS_TARGET_BYTES / MIB;
        t.add(new Target("server peak RSS during the day",
                String.format(Locale.ROOT, "< 400 MB (%s MiB) with %s sockets", num(targetMiB), num(s.target())),
                String.format(Locale.ROOT, "%s MiB; %s sockets at the peak", num(rss), num(s.atPeak())),
                met(rss < targetMiB && s.atPeak() >= s.target()),
                json("targetMiB", targetMiB, "peakMiB", rss, "openAtPeak", s.atPeak())));
        return t;
    }

    static void print(LoadBench.Run run) {
        Options o = run.options();
        Map<String, Object> m = Machine.describe(o.text("postgres-version"));
        StringBuilder b = new StringBuilder("\n");
        b.append(String.format(Locale.ROOT, "OneDoor load benchmark, %s%n", STARTED));
        b.append(String.format(Locale.ROOT, "machine: %s cores, %s, %.1f GiB RAM; %s; PostgreSQL %s; open files %s%n",
                m.get("cores"), m.get("cpuModel"), ((Long) m.get("ramBytes")) / MIB / 1024, m.get("java"), m.get("postgresql"),
                m.get("openFilesLimit")));
        b.append("server: ").append(o.text("server-build")).append('\n');
        b.append(String.format(Locale.ROOT, "run: %d centers × 6 counters; lifecycles: %d workers, %.0f s warm-up (%s) + %s s; "
                        + "day: %s s, peak %s issues/s, service %s ms (lognormal σ %s); %s sockets%s%n%n",
                run.centers().size(), run.lifecycles().workers(), run.lifecycles().warmupSeconds(),
                run.lifecycles().settled() ? "until the JIT settled" : "the maximum; the JIT had not settled", o.text("saturate-seconds"),
                o.text("day-seconds"), o.text("issue-rate"), o.text("service-ms"), o.text("service-sigma"), o.text("sockets"),
                o.quick ? " (--quick)" : ""));

        b.append("| figure | target | measured | met |\n|---|---|---|---|\n");
        for (Target t : targets(run)) {
            b.append("| ").append(t.figure()).append(" | ").append(t.target()).append(" | ").append(t.measured())
                    .append(" | ").append(t.met()).append(" |\n");
        }

        b.append("\n| phase | action | count | per s | p50 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> row : actionRows(run)) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", row.get("phase"), row.get("action"),
                    num((Number) row.get("count")), num((Number) row.get("perSecond")), ms((Double) row.get("p50Ms")),
                    ms((Double) row.get("p99Ms")), ms((Double) row.get("maxMs")), num((Number) row.get("errors"))));
        }

        b.append("\n| other figure | value |\n|---|---|\n");
        others(run).forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));

        Map<String, Long> errors = run.errors().all();
        b.append("\n| error (phase · what · kind) | count |\n|---|---|\n");
        if (errors.isEmpty()) {
            b.append("| none | 0 |\n");
        }
        errors.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(num(v)).append(" |\n"));
        Map<String, Long> log = ServerLog.summary(o.text("server-log"));
        if (!log.isEmpty()) {
            b.append("\n| in the server's log | count |\n|---|---|\n");
            log.forEach((k, v) -> b.append("| ").append(k.replace("|", "\\|")).append(" | ").append(num(v)).append(" |\n"));
        }
        System.out.print(b);
    }

    static List<Map<String, Object>> actionRows(LoadBench.Run run) {
        List<Map<String, Object>> rows = new ArrayList<>();
        LifecyclePhase.Result l = run.lifecycles();
        l.actions().all().forEach((name, r) -> rows.add(row("lifecycles", name, r.summary(), l.seconds(),
                run.errors().count("lifecycles", name))));
        DayPhase.Result d = run.day();
        d.actions().all().forEach((name, r) -> rows.add(row("day", name.equals(Actions.ISSUE) ? "issue (from its scheduled time)" : name,
                r.summary(), d.seconds(), run.errors().count("day", name))));
        rows.add(row("day", "issue at the peak (" + num(d.peakSeconds()) + " s window)", d.issueAtPeak().summary(),
                d.peakSeconds(), 0));
        rows.add(row("day", "call→screen: call-next answer → hall frame (0 if the frame came first)",
                run.matcher().callToScreen.summary(), d.seconds(), 0));
        rows.add(row("day", "press→screen: call-next sent → hall frame", run.matcher().pressToScreen.summary(), d.seconds(), 0));
        return rows;
    }

    private static Map<String, Object> row(String phase, String action, LatencyRecorder.Summary s, double seconds, long errors) {
        return json("phase", phase, "action", action, "count", s.count(), "perSecond", s.count() / seconds,
                "p50Ms", s.p50Ms(), "p99Ms", s.p99Ms(), "maxMs", s.maxMs(), "meanMs", s.meanMs(), "errors", errors);
    }

    static Map<String, Object> others(LoadBench.Run run) {
        Options o = run.options();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pgbench, " + o.text("pgbench-clients") + " clients, 1-row INSERT a transaction, " + o.text("pgbench-seconds") + " s",
                String.format(Locale.ROOT, "%s tx/s, %s ms average latency", num(o.number("pgbench-tps")), o.text("pgbench-latency-ms")));
        m.put("pgbench, 1 client (the commit latency)", String.format(Locale.ROOT, "%s tx/s, %s ms a commit",
                num(o.number("pgbench1-tps")), o.text("pgbench1-latency-ms")));
        LifecyclePhase.Result l = run.lifecycles();
        m.put("lifecycles completed in the measured window", num(l.lifecycles()));
        m.put("warm-up day before the day (not measured)", warmupDay(run.warmupDay()));
        DayPhase.Result d = run.day();
        m.put("day: issues offered / issued / called / served", num(d.offered()) + " / " + num(d.issued()) + " / "
                + num(d.called()) + " / " + num(d.served()));
        double capacity = DayPhase.serviceCapacity(run.centers().size(), o.number("service-ms"));
        m.put("day: counters' service capacity (counters ÷ mean service)", num(capacity) + " tickets/s (peak arrivals "
                + o.text("issue-rate") + "/s, mean " + num(o.number("issue-rate") * ArrivalCurve.mean()) + "/s)");
        m.put("call→screen: frame before the HTTP answer / shown by a reconnect's snapshot", num(run.matcher().frameFirst.sum())
                + " / " + num(run.matcher().viaSnapshot.sum()));
        m.put("call→screen: answers never shown / frames without an answer", num(run.matcher().answeredNotShown()) + " / "
                + num(run.matcher().shownNotAnswered()));
        LoadBench.Sockets s = run.sockets();
        m.put("sockets: target (hall + idle)", num(s.target()) + " (" + run.centers().size() + " hall + "
                + num(s.target() - run.centers().size()) + " idle: up to " + (run.options().integer("screens-per-center") - 1)
                + " a busy center, the rest on quiet centers of " + run.options().integer("screens-per-center") + ")");
        m.put("sockets: open after opening / time to open", num(s.openAfterOpening()) + " / " + num(s.openSeconds()) + " s");
        m.put("sockets open during the day: at the peak / min / max / end", num(s.atPeak()) + " / " + num(s.min()) + " / "
                + num(s.max()) + " / " + num(s.atEnd()));
        m.put("sockets: resync closes (4000) / reconnects / still reconnecting at the end", num(s.resyncs()) + " / "
                + num(s.reconnects()) + " / " + num(s.reconnectingAtEnd()));
        m.put("floor frames received (all sockets, whole run)", num(s.frames()));
        LoadBench.Memory mem = run.memory();
        m.put("server RSS: before load / peak lifecycles / peak opening sockets / after sockets opened / peak warm-up day / "
                + "peak day / peak overall (MiB)", num(mem.serverBefore() / MIB) + " / " + num(mem.serverPeakLifecycles() / MIB)
                + " / " + num(mem.serverPeakOpening() / MIB) + " / " + num(mem.serverAfterSockets() / MIB) + " / "
                + num(mem.serverPeakWarmupDay() / MIB) + " / " + num(mem.serverPeakDay() / MIB) + " / " + num(mem.serverPeak() / MIB));
        m.put("PostgreSQL memory, Pss of all its processes: peak day / overall (MiB)",
                num(mem.postgresPeakDay() / MIB) + " / " + num(mem.postgresPeak() / MIB));
        m.put("generator peak RSS (MiB)", num(mem.generatorPeak() / MIB));
        LoadBench.Cpu c = run.cpu();
        m.put("CPU, cores used by server (its JIT compiler) / PostgreSQL / generator / kernel interrupts / other processes: lifecycles (the measured window)",
                cpu(c.lifecycles()));
        m.put("… opening sockets", cpu(c.opening()));
        m.put("… day", cpu(c.day()));
        if (c.dayPeak() != null) {
            m.put("… the day's peak window", cpu(c.dayPeak()));
        }
        m.put("set-up through the API", num(run.setupSeconds()) + " s");
        return m;
    }

    /** One cell: how long, at what rate, what it did, and that it left nothing waiting. */
    private static String warmupDay(WarmupDay.Result w) {
        if (w.seconds() == 0) {
            return "none (--warmup-day-seconds 0)";
        }
        return String.format(Locale.ROOT, "%d s at a peak of %s issues/s, %s s with the closing; %s issued / %s served / "
                        + "%s cancelled at its end; left waiting / at a counter: %s / %s; %s errors; server CPU %.2f (JIT %.2f)",
                w.seconds(), num(w.peakRate()), num(w.tookSeconds()), num(w.issued()), num(w.served()), num(w.cancelled()),
                w.leftWaiting() < 0 ? "unread" : num(w.leftWaiting()), w.leftAtCounters() < 0 ? "unread" : num(w.leftAtCounters()),
                num(w.errors()), w.cpu()[0], w.cpu()[7]);
    }

    static void write(LoadBench.Run run) throws Exception {
        Options o = run.options();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("date", STARTED.toString());
        root.put("machine", Machine.describe(o.text("postgres-version")));
        root.put("parameters", o.parameters());
        root.put("pgbench", json("clients", o.integer("pgbench-clients"), "seconds", o.integer("pgbench-seconds"),
                "tps", o.number("pgbench-tps"), "latencyMs", o.number("pgbench-latency-ms"),
                "singleClientTps", o.number("pgbench1-tps"), "singleClientLatencyMs", o.number("pgbench1-latency-ms"),
                "script", "INSERT INTO bench_commit (at) VALUES (now());"));
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Target t : targets(run)) {
            Map<String, Object> j = new LinkedHashMap<>(t.json());
            j.put("target", t.target());
            j.put("measured", t.measured());
            j.put("met", t.met());
            targets.put(t.figure(), j);
        }
        root.put("targets", targets);
        root.put("actions", actionRows(run));
        LifecyclePhase.Result l = run.lifecycles();
        root.put("lifecycles", json("workers", l.workers(), "warmupSeconds", l.warmupSeconds(), "jitSettled", l.settled(),
                "seconds", l.seconds(), "completed", l.lifecycles(), "perSecond", l.perSecond()));
        WarmupDay.Result w = run.warmupDay();
        root.put("warmupDay", json("seconds", w.seconds(), "peakRate", w.peakRate(), "tookSeconds", w.tookSeconds(),
                "issued", w.issued(), "served", w.served(), "leftWaiting", w.leftWaiting(), "leftAtCounters", w.leftAtCounters(),
                "errors", w.errors(), "cpu", w.cpu() == null ? null : cpuJson(w.cpu())));
        DayPhase.Result d = run.day();
        root.put("day", json("seconds", d.seconds(), "offered", d.offered(), "issued", d.issued(), "called", d.called(),
                "served", d.served(), "peakWindowSeconds", d.peakSeconds(), "peakOffered", d.peakOffered(),
                "peakCompleted", d.peakCompleted(), "frameBeforeAnswer", run.matcher().frameFirst.sum(),
                "shownBySnapshot", run.matcher().viaSnapshot.sum(),
                "answeredNotShown", run.matcher().answeredNotShown(), "shownNotAnswered", run.matcher().shownNotAnswered()));
        LoadBench.Sockets s = run.sockets();
        root.put("sockets", json("target", s.target(), "hall", run.centers().size(), "openSeconds", s.openSeconds(),
                "openAfterOpening", s.openAfterOpening(), "atPeak", s.atPeak(), "min", s.min(), "max", s.max(), "atEnd", s.atEnd(),
                "resyncs", s.resyncs(), "reconnects", s.reconnects(), "reconnectingAtEnd", s.reconnectingAtEnd(), "frames", s.frames()));
        LoadBench.Memory mem = run.memory();
        root.put("memoryBytes", json("serverBeforeLoad", mem.serverBefore(), "serverPeakLifecycles", mem.serverPeakLifecycles(),
                "serverPeakOpeningSockets", mem.serverPeakOpening(), "serverAfterSocketsOpened", mem.serverAfterSockets(),
                "serverPeakWarmupDay", mem.serverPeakWarmupDay(), "serverPeakDay", mem.serverPeakDay(),
                "serverPeak", mem.serverPeak(), "postgresPssPeakDay", mem.postgresPeakDay(), "postgresPssPeak", mem.postgresPeak(),
                "generatorPeak", mem.generatorPeak()));
        LoadBench.Cpu c = run.cpu();
        root.put("cpu", json("note", "cores used by server (serverJitCompiler: the part its JIT compiler threads used), PostgreSQL, generator, kernel interrupt work, other processes; machine busy and stolen shares; dayPeak: the peak window of the day",
                "lifecycles", cpuJson(c.lifecycles()), "openingSockets", cpuJson(c.opening()), "day", cpuJson(c.day()),
                "dayPeak", c.dayPeak() == null ? null : cpuJson(c.dayPeak())));
        root.put("errors", run.errors().all());
        root.put("serverLog", ServerLog.summary(o.text("server-log")));
        Path out = Path.of(o.text("out"));
        Files.writeString(out, toJson(root, "") + "\n");
        System.out.println("\nwrote " + out);
    }

    private static String cpu(double[] c) {
        return String.format(Locale.ROOT, "%.2f (%.2f) / %.2f / %.2f / %.2f / %.2f; machine %.0f%% busy, %.0f%% stolen",
                c[0], c[7], c[1], c[2], c[3], c[4], c[5] * 100, c[6] * 100);
    }

    static Map<String, Object> cpuJson(double[] c) {
        return json("server", c[0], "serverJitCompiler", c[7], "postgres", c[1], "generator", c[2], "kernelInterrupts", c[3],
                "otherProcesses", c[4], "machineBusy", c[5], "steal", c[6]);
    }

    static Map<String, Object> json(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }

    static String ms(Double v) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        return v < 10 ? String.format(Locale.ROOT, "%.2f", v) : v < 100 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%,.0f", v);
    }

    static String num(Number n) {
        double v = n.doubleValue();
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v == Math.rint(v) && Math.abs(v) >= 100 || n instanceof Long || n instanceof Integer) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return v < 10 ? String.format(Locale.ROOT, "%.2f", v) : v < 100 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%,.0f", v);
    }

    static String toJson(Object o, String indent) {
        String in = indent + "  ";
        if (o instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(in + quote(String.valueOf(k)) + ": " + toJson(v, in)));
            return "{\n" + String.join(",\n", parts) + "\n" + indent + "}";
        }
        if (o instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(in + toJson(v, in)));
            return list.isEmpty() ? "[]" : "[\n" + String.join(",\n", parts) + "\n" + indent + "]";
        }
        if (o instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%.3f", d);
        }
        if (o instanceof Number || o instanceof Boolean) {
            return String.valueOf(o);
        }
        return o == null ? "null" : quote(String.valueOf(o));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return b.append('"').toString();
    }
}
