import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Phase 1, saturation: closed-loop workers, each a kiosk and a counter in one, doing issue →
 * call-next → start → complete as fast as the server answers. Measures how many full ticket
 * lifecycles a second the server sustains (the figure compared with pgbench), and the latency of
 * each action under that load.
 *
 * <p>The measured window starts once the server is warm: after the minimum warm-up, as soon as
 * its JIT compiler threads used at most {@code settledJitCores} over the last ten seconds (or at
 * the maximum warm-up). A server that has run for hours runs compiled code; on a slow machine C2
 * still compiled ~0.35 core's worth two minutes into a fixed warm-up, taken from the work measured.
 *
 * <p>Worker w works center w mod C; a center's first two workers take counters 1 and 3, which
 * share no field, and each issues only in its own counter's fields, so no worker takes another's
 * ticket. More than two workers a center (counters 5, 2, 4, 6) do overlap: a worker that finds its
 * ticket taken simply starts over, and only completed lifecycles count.
 */
final class LifecyclePhase {

    private static final int[] COUNTER_ORDER = {1, 3, 5, 2, 4, 6};

    /**
     * @param warmupSeconds how long the warm-up lasted; {@code settled}: whether the JIT had
     *        settled by then (false: the maximum warm-up was reached first)
     * @param cpu the CPU figures of the measured window alone ({@link ProcessSampler.Cpu#since})
     */
    record Result(int workers, double seconds, long lifecycles, double perSecond, Actions actions, double warmupSeconds,
            boolean settled, double[] cpu) {
    }

    /** How long the warm-up may last, and when the JIT counts as settled. */
    record Warmup(int minSeconds, int maxSeconds, double settledJitCores) {
    }

    private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final Api kiosks;
    private final Api officers;
    private final String admin;
    private final List<FloorSetup.Center> centers;
    private final ErrorCounts errors;
    private final ScheduledExecutorService timer;
    private final Actions actions = new Actions("lifecycles", Actions.ISSUE, Actions.CALL_NEXT, Actions.START, Actions.COMPLETE);
    private final AtomicLong lifecycles = new AtomicLong();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureTo = Long.MAX_VALUE;

    LifecyclePhase(Api kiosks, Api officers, String admin, List<FloorSetup.Center> centers, ErrorCounts errors, ScheduledExecutorService timer) {
        this.kiosks = kiosks;
        this.officers = officers;
        this.admin = admin;
        this.centers = centers;
        this.errors = errors;
        this.timer = timer;
    }

    Result run(int workers, Warmup warmup, int seconds, ProcessSampler sampler) throws InterruptedException {
        int n = Math.min(workers, centers.size() * COUNTER_ORDER.length);
        long start = System.nanoTime();
        CountDownLatch stopped = new CountDownLatch(n);
        List<Worker> all = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            FloorSetup.Center center = centers.get(w % centers.size());
            int counter = COUNTER_ORDER[w / centers.size()];
            all.add(new Worker(center, new Officer(officers, admin, center.code(), counter, actions, errors, timer),
                    FloorSetup.COUNTER_FIELDS[counter - 1], stopped));
        }
        Window window = new Window(start, warmup, seconds, sampler);
        window.check = timer.scheduleAtFixedRate(window::check, CHECK_NANOS, CHECK_NANOS, TimeUnit.NANOSECONDS);
        all.forEach(Worker::next);
        // Workers finish the lifecycle in hand after the end, so counters are free for the day.
        // Every request has a deadline, so this wait is bounded too.
        if (!stopped.await(warmup.maxSeconds() + seconds + 60L, TimeUnit.SECONDS)) {
            errors.add("workers", "still busy 60 s after the end");
        }
        window.check.cancel(false);
        double[] cpu = window.to == null || window.from == null ? new double[8] : window.to.since(window.from);
        return new Result(n, seconds, lifecycles.get(), lifecycles.get() / (double) seconds, actions,
                (measureFrom - start) / 1e9, window.settled, cpu);
    }

    /** Decides when the measured window opens, and samples the CPU at its two ends. */
    private final class Window {
        final long start;
        final Warmup warmup;
        final int seconds;
        final ProcessSampler sampler;
        ScheduledFuture<?> check;
        ProcessSampler.Cpu tenSecondsAgo;
        ProcessSampler.Cpu fiveSecondsAgo;
        volatile ProcessSampler.Cpu from;
        volatile ProcessSampler.Cpu to;
        volatile boolean settled;

        Window(long start, Warmup warmup, int seconds, ProcessSampler sampler) {
            this.start = start;
            this.warmup = warmup;
            this.seconds = seconds;
            this.sampler = sampler;
        }

        void check() {
            ProcessSampler.Cpu now = sampler.cpu();
            double elapsed = (System.nanoTime() - start) / 1e9;
            boolean jitSettled = tenSecondsAgo != null && now.since(tenSecondsAgo)[7] <= warmup.settledJitCores();
            tenSecondsAgo = fiveSecondsAgo;
            fiveSecondsAgo = now;
            if (elapsed < warmup.minSeconds() || !(jitSettled || elapsed >= warmup.maxSeconds())) {
                return;
            }
            check.cancel(false);
            settled = jitSettled;
            from = now;
            long opens = System.nanoTime();
            measureTo = opens + TimeUnit.SECONDS.toNanos(seconds);
            measureFrom = opens;
            timer.schedule(() -> to = sampler.cpu(), seconds, TimeUnit.SECONDS);
        }
    }

    private boolean measuring() {
        long now = System.nanoTime();
        return now >= measureFrom && now < measureTo;
    }

    private final class Worker {
        final FloorSetup.Center center;
        final Officer officer;
        final int[] lane;
        final CountDownLatch stopped;
        int turn;

        Worker(FloorSetup.Center center, Officer officer, int[] lane, CountDownLatch stopped) {
            this.center = center;
            this.officer = officer;
            this.lane = lane;
            this.stopped = stopped;
        }

        void next() {
            if (System.nanoTime() >= measureTo) {
                stopped.countDown();
                return;
            }
            // Alternate the counter's two fields: twice the numbers before a field's daily limit.
            int field = lane[turn++ % lane.length];
            boolean m = measuring();
            long t0 = System.nanoTime();
            kiosks.send("POST", "/api/kiosk/tickets", FloorSetup.issueBody(field), Api.bearer(center.kioskToken()))
                    .thenCompose(issued -> {
                        if (!issued.is(201)) {
                            errors.add(Actions.ISSUE, issued.kind());
                            return officer.delay(TimeUnit.MILLISECONDS.toNanos(200)).thenApply(x -> Officer.Outcome.FAILED);
                        }
                        if (m) {
                            actions.get(Actions.ISSUE).record(issued.arrived() - t0);
                        }
                        return officer.serveOne(0, LifecyclePhase.this::measuring, (sent, reply, id) -> { })
                                .thenApply(outcome -> {
                                    long end = System.nanoTime();
                                    if (outcome == Officer.Outcome.SERVED && end >= measureFrom && end < measureTo) {
                                        lifecycles.incrementAndGet();
                                    }
                                    return outcome;
                                });
                    })
                    .whenComplete((outcome, failure) -> {
                        if (failure != null) {
                            errors.add("worker", failure.getClass().getSimpleName());
                        }
                        if (outcome == Officer.Outcome.FAILED || failure != null) {
                            timer.schedule(this::next, 200, TimeUnit.MILLISECONDS);
                        } else {
                            next();
                        }
                    });
        }
    }
}
