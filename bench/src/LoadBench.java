import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OneDoor load generator: a province's day against a running server (bench/run starts it).
 * Set-up, then phase 1 (lifecycles at saturation), then the floor sockets are opened, then an
 * unmeasured warm-up day ({@link WarmupDay}), then phase 2 (the day). Prints one report and
 * writes the results file. Asserts nothing: targets are reported as met or not met, never failed on.
 *
 * <p>Threads, kept few because the generator shares the machine with the server and PostgreSQL:
 * two HTTP clients' selector threads and small executors, the idle sockets' selector thread, one
 * timer thread, one /proc sampler, the arrivals loop.
 */
public final class LoadBench {

    /** Everything the report needs. */
    record Run(Options options, List<FloorSetup.Center> centers, double setupSeconds, LifecyclePhase.Result lifecycles,
            WarmupDay.Result warmupDay, DayPhase.Result day, CallMatcher matcher, Sockets sockets, Memory memory, Cpu cpu,
            ErrorCounts errors) {
    }

    record Sockets(int target, double openSeconds, int openAfterOpening, int atPeak, int min, int max, int atEnd,
            long resyncs, long reconnects, int reconnectingAtEnd, long frames) {
    }

    record Memory(long serverBefore, long serverPeakLifecycles, long serverPeakOpening, long serverAfterSockets,
            long serverPeakWarmupDay, long serverPeakDay, long serverPeak,
            long postgresPeakDay, long postgresPeak, long generatorPeak) {
    }

    /** Shares of a core (server, PostgreSQL, generator) and of the machine, per phase. */
    record Cpu(double[] lifecycles, double[] opening, double[] day, double[] dayPeak) {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // the HTTP client's Vert.x threads would keep a failed run alive forever
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Options o = Options.parse(args);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("timer"));
        ExecutorService hallExecutor = Executors.newFixedThreadPool(1, daemon("hall"));
        ErrorCounts errors = new ErrorCounts();
        ProcessSampler sampler = new ProcessSampler(o.longValue("server-pid"), o.longValue("postgres-pid"), o.integer("clock-ticks"));
        sampler.start(Executors.newSingleThreadScheduledExecutor(daemon("sampler"))); // /proc reads never delay the timer
        Api.Http http = Api.client(o.integer("max-in-flight") + officerSlots(o) + 2 * o.integer("centers"));
        Api kiosks = new Api(http, o.text("base"), o.integer("max-in-flight"), o.longValue("timeout-ms"));
        // officers wait for each answer: at most one request per counter (+ set-up) is ever in flight
        Api officers = new Api(http, o.text("base"), officerSlots(o), o.longValue("timeout-ms"));
        Api readers = new Api(http, o.text("base"), 2 * o.integer("centers"), o.longValue("timeout-ms"));
        String admin = Api.basic("admin", o.text("admin-password"));
        int socketTarget = capSockets(o);

        say("set-up: %d centers, each 4 fields, 6 counters (opened), a kiosk and a hall screen", o.integer("centers"));
        long t = System.nanoTime();
        List<FloorSetup.Center> centers = FloorSetup.create(officers, admin, o.integer("centers"));
        double setupSeconds = (System.nanoTime() - t) / 1e9;
        CallMatcher matcher = new CallMatcher();
        SocketCounts sockets = new SocketCounts();
        FloorSockets halls = new FloorSockets(o.text("base"), sockets, errors, matcher, timer, hallExecutor);
        IdleSockets idleSockets = new IdleSockets(o.text("base"), sockets, errors, timer, o.integer("socket-opens"));
        halls.open(centers).await(60, TimeUnit.SECONDS);
        Thread.sleep(1000);
        long serverBefore = sampler.serverRssBytes();

        errors.phase("lifecycles");
        LifecyclePhase.Warmup warmup = new LifecyclePhase.Warmup(o.integer("warmup-seconds"),
                Math.max(o.integer("warmup-seconds"), o.integer("warmup-max-seconds")), o.number("warmup-jit-cores"));
        say("phase 1, lifecycles: %d closed-loop workers, %d–%d s warm-up (until the server's JIT uses ≤ %.2f core), %d s measured",
                o.integer("workers"), warmup.minSeconds(), warmup.maxSeconds(), warmup.settledJitCores(), o.integer("saturate-seconds"));
        sampler.resetWindow();
        LifecyclePhase.Result lifecycles = new LifecyclePhase(kiosks, officers, admin, centers, errors, timer)
                .run(o.integer("workers"), warmup, o.integer("saturate-seconds"), sampler);
        ProcessSampler.Cpu c1 = sampler.cpu();
        long serverPeakLifecycles = sampler.windowServerPeakBytes();
        say("  %.1f lifecycles/s after %.0f s of warm-up (%s; JIT %.2f core in the measured window)", lifecycles.perSecond(),
                lifecycles.warmupSeconds(), lifecycles.settled() ? "JIT settled" : "JIT not settled: maximum reached",
                lifecycles.cpu()[7]);

        errors.phase("sockets");
        sampler.resetWindow();
        int idle = Math.max(0, socketTarget - centers.size());
        int perCenter = Math.max(1, o.integer("screens-per-center"));
        int busyIdle = Math.min(idle, centers.size() * (perCenter - 1));
        int quietCount = (idle - busyIdle + perCenter - 1) / perCenter;
        say("opening %d idle floor sockets: %d a busy center, %d on %d quiet centers", idle, perCenter - 1,
                idle - busyIdle, quietCount);
        List<FloorSetup.Center> quiet = FloorSetup.createQuiet(officers, admin, quietCount);
        List<FloorSetup.Center> where = new java.util.ArrayList<>(spread(centers, busyIdle));
        where.addAll(spread(quiet, idle - busyIdle));
        t = System.nanoTime();
        CountDownLatch opened = idleSockets.open(where.stream().map(c -> new IdleSockets.Screen(c.code(), c.hallToken())).toList());
        opened.await(Math.max(120, idle / 20), TimeUnit.SECONDS);
        for (int i = 0; i < 100 && sockets.open.get() < socketTarget; i++) {
            Thread.sleep(100); // the last handshakes' onOpen
        }
        double openSeconds = (System.nanoTime() - t) / 1e9;
        int openAfterOpening = sockets.open.get();
        ProcessSampler.Cpu c2 = sampler.cpu();
        say("  %d sockets open after %.1f s", openAfterOpening, openSeconds);
        Thread.sleep(2000); // let the snapshots settle before the day
        long serverAfterSockets = sampler.serverRssBytes();
        long serverPeakOpening = sampler.windowServerPeakBytes();
        sampler.resetWindow();

        // with the sockets open, so its calls are fanned out to the screens as the day's are
        WarmupDay.Result warmupDay = WarmupDay.run(o, new DayPhase(kiosks, officers, readers, admin, centers, errors, timer,
                matcher, sockets, true), readers, centers, errors, sampler);
        long serverPeakWarmupDay = sampler.windowServerPeakBytes();

        errors.phase("day");
        say("phase 2, day: %d s, peak %s issues/s, mean service %s ms", o.integer("day-seconds"), o.text("issue-rate"),
                o.text("service-ms"));
        sampler.resetWindow();
        matcher.enable(true);
        ProcessSampler.Cpu c3 = sampler.cpu();
        // the CPU of the peak window alone (where the p99 of issue is measured), from the curve's edges
        double[] window = ArrivalCurve.peakWindow();
        long dayMillis = o.integer("day-seconds") * 1000L;
        AtomicReference<ProcessSampler.Cpu> peakFrom = new AtomicReference<>();
        AtomicReference<ProcessSampler.Cpu> peakTo = new AtomicReference<>();
        timer.schedule(() -> peakFrom.set(sampler.cpu()), (long) (window[0] * dayMillis), TimeUnit.MILLISECONDS);
        timer.schedule(() -> peakTo.set(sampler.cpu()), (long) (window[1] * dayMillis), TimeUnit.MILLISECONDS);
        DayPhase.Result day = new DayPhase(kiosks, officers, readers, admin, centers, errors, timer, matcher, sockets, false)
                .run(o.integer("day-seconds"), o.number("issue-rate"), o.longValue("service-ms"), o.number("service-sigma"),
                        o.longValue("poll-ms"), o.longValue("kiosk-read-ms"), o.longValue("queue-read-ms"), o.longValue("seed"));
        ProcessSampler.Cpu c4 = sampler.cpu();
        matcher.enable(false);
        int atEnd = sockets.open.get();
        int reconnectingAtEnd = sockets.reconnecting.get();
        Memory memory = new Memory(serverBefore, serverPeakLifecycles, serverPeakOpening, serverAfterSockets, serverPeakWarmupDay,
                sampler.windowServerPeakBytes(),
                sampler.serverPeakBytes(), sampler.windowPostgresPeakBytes(), sampler.postgresPeakBytes(), sampler.generatorPeakBytes());
        halls.closeAll();
        idleSockets.closeAll();

        Sockets socketFigures = new Sockets(socketTarget, openSeconds, openAfterOpening, day.socketsAtPeak(), day.socketsMin(),
                day.socketsMax(), atEnd, sockets.resyncs.sum(), sockets.reconnects.sum(), reconnectingAtEnd, sockets.frames.sum());
        Run run = new Run(o, centers, setupSeconds, lifecycles, warmupDay, day, matcher, socketFigures, memory,
                new Cpu(lifecycles.cpu(), c2.since(c1), c4.since(c3),
                        peakFrom.get() != null && peakTo.get() != null ? peakTo.get().since(peakFrom.get()) : null), errors);
        Report.print(run);
        Report.write(run);
        System.exit(0);
    }

    /** n idle sockets, spread evenly over the centers (center i gets every C-th one). */
    private static List<FloorSetup.Center> spread(List<FloorSetup.Center> centers, int n) {
        if (centers.isEmpty()) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> centers.get(i % centers.size())).toList();
    }

    /**
     * Keeps this process under its open-files limit: every socket is a file, and so is every
     * REST connection, plus the JVM's own (~100).
     */
    private static int capSockets(Options o) {
        int wanted = o.integer("sockets");
        long limit = Machine.openFilesLimit();
        long room = limit - o.integer("max-in-flight") - officerSlots(o) - 2L * o.integer("centers") - 200;
        if (limit > 0 && wanted > room) {
            say("WARNING: --sockets %d does not fit under this process's open-files limit %d: using %d", wanted, limit, room);
            return (int) Math.max(o.integer("centers"), room);
        }
        return Math.max(wanted, o.integer("centers"));
    }

    private static int officerSlots(Options o) {
        return FloorSetup.COUNTERS * o.integer("centers") + 16;
    }

    static void say(String format, Object... args) {
        System.out.printf(java.util.Locale.ROOT, "[bench] " + format + "%n", args);
        System.out.flush();
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
