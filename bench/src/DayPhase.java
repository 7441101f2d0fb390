import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Phase 2, the day: kiosks issue on an open-loop schedule (Poisson arrivals following
 * {@link ArrivalCurve}); every counter of every center serves with lognormal service times and
 * polls call-next every poll interval when idle; the hall sockets measure call→screen.
 *
 * <p>The same class plays the unmeasured warm-up day ({@link WarmupDay}): its calls are kept out
 * of the {@link CallMatcher}, what still waits at its end is cancelled, and its counters go on
 * serving after the end until nobody waits.
 *
 * <p>Open loop, so no coordinated omission: an arrival's time is drawn from the clock before the
 * day starts, and its latency runs from that time, whether the request left at once or waited
 * for a free connection. A slow server gets the same arrivals and shows it in the latency.
 */
final class DayPhase {

    /** Share of arrivals per field (HT, CT, TP, DD). */
    private static final double[] FIELD_SHARE = {0.35, 0.35, 0.15, 0.15};
    /** How long a warm-up's counters may go on serving after its end (what waited was cancelled). */
    static final int DRAIN_LIMIT_SECONDS = 60;

    record Result(double seconds, long offered, long issued, long called, long served, Actions actions,
            LatencyRecorder issueAtPeak, double peakSeconds, long peakOffered, long peakCompleted,
            int socketsAtPeak, int socketsMin, int socketsMax) {
    }

    private final Api kiosks;
    private final Api officers;
    private final Api readers;
    private final String admin;
    private final List<FloorSetup.Center> centers;
    private final ErrorCounts errors;
    private final ScheduledExecutorService timer;
    private final CallMatcher matcher;
    private final SocketCounts sockets;
    private final boolean warmUp;
    private final Actions actions = new Actions("day", Actions.ISSUE, Actions.CALL_NEXT, Actions.START, Actions.COMPLETE,
            Actions.KIOSK_READ, Actions.QUEUE_READ);
    private final LatencyRecorder issueAtPeak = new LatencyRecorder();
    private final LongAdder offered = new LongAdder();
    private final LongAdder issued = new LongAdder();
    private final LongAdder called = new LongAdder();
    private final LongAdder served = new LongAdder();
    private final LongAdder peakOffered = new LongAdder();
    private final LongAdder peakCompleted = new LongAdder();
    private final AtomicInteger issuesInFlight = new AtomicInteger();
    /**
     * The warm-up's tickets, and those a counter called: the others are cancelled at its end (see
     * {@link #closeTheDay}). Two sets, as a call's answer may arrive before its issue's.
     */
    private final Set<String> issuedIds = ConcurrentHashMap.newKeySet();
    private final Set<String> calledIds = ConcurrentHashMap.newKeySet();
    /** Set while the warm-up's closing cancels what waits: counters call no one meanwhile. */
    private volatile boolean closing;
    /** Call-nexts sent and not yet answered. */
    private final AtomicInteger callsInFlight = new AtomicInteger();
    private final LongAdder cancelled = new LongAdder();
    /** Set once the arrivals loop has sent its last issue (after counting it in issuesInFlight). */
    private volatile boolean arrivalsDone;
    private volatile int socketsAtPeak = -1;
    private volatile int socketsMin = Integer.MAX_VALUE;
    private volatile int socketsMax;

    DayPhase(Api kiosks, Api officers, Api readers, String admin, List<FloorSetup.Center> centers, ErrorCounts errors, ScheduledExecutorService timer,
            CallMatcher matcher, SocketCounts sockets, boolean warmUp) {
        this.kiosks = kiosks;
        this.officers = officers;
        this.readers = readers;
        this.admin = admin;
        this.centers = centers;
        this.errors = errors;
        this.timer = timer;
        this.matcher = matcher;
        this.sockets = sockets;
        this.warmUp = warmUp;
    }

    /** Tickets a second the counters serve at most, all busy: counters ÷ mean service time. */
    static double serviceCapacity(int centers, double serviceMs) {
        return centers * FloorSetup.COUNTERS * 1000.0 / serviceMs;
    }

    Result run(int daySeconds, double peakRate, long serviceMs, double serviceSigma, long pollMs, long kioskReadMs,
            long queueReadMs, long seed) throws InterruptedException {
        long dayNanos = TimeUnit.SECONDS.toNanos(daySeconds);
        double[] window = ArrivalCurve.peakWindow();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long end = start + dayNanos;
        long peakFrom = start + (long) (window[0] * dayNanos);
        long peakTo = start + (long) (window[1] * dayNanos);
        ScheduledFuture<?> watch = timer.scheduleAtFixedRate(() -> {
            int open = sockets.open.get();
            socketsMin = Math.min(socketsMin, open);
            socketsMax = Math.max(socketsMax, open);
        }, 0, 200, TimeUnit.MILLISECONDS);

        // Counters: each an asynchronous loop, started together.
        List<Officer> counters = new ArrayList<>();
        for (FloorSetup.Center c : centers) {
            for (int n = 1; n <= FloorSetup.COUNTERS; n++) {
                counters.add(new Officer(officers, admin, c.code(), n, actions, errors, timer));
            }
        }
        CountDownLatch countersDone = new CountDownLatch(counters.size());
        // lognormal with the given mean: mu = ln(mean) - sigma^2/2
        double mu = Math.log(serviceMs * 1e6) - serviceSigma * serviceSigma / 2;
        SplittableRandom serviceRandom = new SplittableRandom(seed + 1);
        for (Officer o : counters) {
            SplittableRandom own = serviceRandom.split(); // one generator per counter: not shared between threads
            timer.schedule(() -> work(o, end, end + TimeUnit.SECONDS.toNanos(DRAIN_LIMIT_SECONDS), countersDone, mu,
                    serviceSigma, own, pollMs),
                    start - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        // Reads: each kiosk refreshes its home view, one page per center polls the queue.
        List<ScheduledFuture<?>> reads = new ArrayList<>();
        SplittableRandom phases = new SplittableRandom(seed + 2);
        for (FloorSetup.Center c : centers) {
            if (kioskReadMs > 0) {
                reads.add(timer.scheduleAtFixedRate(() -> read(Actions.KIOSK_READ, "/api/centers/" + c.code() + "/kiosk"),
                        start - System.nanoTime() + phases.nextLong(kioskReadMs * 1_000_000), kioskReadMs * 1_000_000,
                        TimeUnit.NANOSECONDS));
            }
            if (queueReadMs > 0) {
                reads.add(timer.scheduleAtFixedRate(() -> read(Actions.QUEUE_READ, "/api/centers/" + c.code() + "/queue"),
                        start - System.nanoTime() + phases.nextLong(queueReadMs * 1_000_000), queueReadMs * 1_000_000,
                        TimeUnit.NANOSECONDS));
            }
        }

        // Arrivals: Poisson at the peak rate, thinned by the curve; each fired at its own time.
        SplittableRandom r = new SplittableRandom(seed);
        double t = 0;
        boolean peakSeen = false;
        while (true) {
            t += -Math.log(1 - r.nextDouble()) / peakRate;
            if (t >= daySeconds) {
                break;
            }
            boolean accept = r.nextDouble() <= ArrivalCurve.at(t / daySeconds);
            FloorSetup.Center center = centers.get(r.nextInt(centers.size()));
            int field = pickField(r.nextDouble());
            if (!accept) {
                continue;
            }
            long scheduled = start + (long) (t * 1e9);
            for (long wait = scheduled - System.nanoTime(); wait > 0; wait = scheduled - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (!peakSeen && t / daySeconds >= ArrivalCurve.peak()) {
                peakSeen = true;
                socketsAtPeak = sockets.open.get();
            }
            issue(center, field, scheduled, scheduled >= peakFrom && scheduled <= peakTo, peakFrom, peakTo);
        }
        arrivalsDone = true;
        for (long wait = end - System.nanoTime(); wait > 0; wait = end - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        reads.forEach(read -> read.cancel(false));
        if (warmUp) {
            closeTheDay();
        }
        // Drain: counters finish the ticket in hand; requests in flight end by their deadline.
        countersDone.await(70 + (warmUp ? DRAIN_LIMIT_SECONDS : 0), TimeUnit.SECONDS);
        awaitIssuesAnswered();
        Thread.sleep(2000); // the last frames to the hall screens
        watch.cancel(false);
        double peakSeconds = (peakTo - peakFrom) / 1e9;
        return new Result(daySeconds, offered.sum(), issued.sum(), called.sum(), served.sum(), actions, issueAtPeak,
                peakSeconds, peakOffered.sum(), peakCompleted.sum(), socketsAtPeak,
                socketsMin == Integer.MAX_VALUE ? 0 : socketsMin, socketsMax);
    }

    /**
     * Closing time of the warm-up: its peak left a queue longer than the counters serve in the
     * drain, so every ticket still waiting is cancelled, and the measured day starts, as a morning
     * does, with nobody waiting. As on a floor at closing, the counters stop calling first: a
     * cancel of a ticket just called would leave its officer a 409 to start it.
     */
    private void closeTheDay() throws InterruptedException {
        awaitIssuesAnswered();
        closing = true;
        for (int i = 0; i < 700 && callsInFlight.get() > 0; i++) {
            Thread.sleep(100);
        }
        List<CompletableFuture<Void>> cancels = new ArrayList<>();
        issuedIds.removeAll(calledIds);
        List<String> waiting = List.copyOf(issuedIds);
        issuedIds.clear();
        for (String id : waiting) {
            cancels.add(officers.send("POST", "/api/tickets/" + id + "/cancel", null, admin).thenAccept(reply -> {
                if (reply.is(200)) {
                    cancelled.increment();
                } else if (!reply.is(409)) {
                    errors.add("cancel", reply.kind());
                }
            }));
        }
        CompletableFuture.allOf(cancels.toArray(CompletableFuture[]::new)).join();
        closing = false;
    }

    /** Waits (70 s at most: past every deadline) until every issue sent has its answer or its timeout. */
    private void awaitIssuesAnswered() throws InterruptedException {
        for (int i = 0; i < 700 && issuesInFlight.get() > 0; i++) {
            Thread.sleep(100);
        }
    }

    /** Tickets the warm-up cancelled at its end, still waiting then. */
    long cancelled() {
        return cancelled.sum();
    }

    private void issue(FloorSetup.Center center, int field, long scheduled, boolean atPeak, long peakFrom, long peakTo) {
        offered.increment();
        if (atPeak) {
            peakOffered.increment();
        }
        issuesInFlight.incrementAndGet();
        kiosks.send("POST", "/api/kiosk/tickets", FloorSetup.issueBody(field), Api.bearer(center.kioskToken()), scheduled)
                .thenAccept(reply -> {
                    long latency = reply.arrived() - scheduled;
                    boolean ok = reply.is(201);
                    if (ok) {
                        issued.increment();
                        if (warmUp) {
                            issuedIds.add(Api.firstId(reply.body()));
                        }
                        if (reply.arrived() >= peakFrom && reply.arrived() <= peakTo) {
                            peakCompleted.increment();
                        }
                    } else {
                        errors.add(Actions.ISSUE, reply.kind());
                    }
                    // A timed-out citizen waited too: timeouts count in the latency, at the time given up.
                    if (ok || reply.kind().startsWith("timeout")) {
                        actions.get(Actions.ISSUE).record(latency);
                        if (atPeak) {
                            issueAtPeak.record(latency);
                        }
                    }
                    issuesInFlight.decrementAndGet();
                });
    }

    /** A public read (no sign-in), timed from its tick like an arrival. */
    private void read(String action, String path) {
        long scheduled = System.nanoTime();
        readers.send("GET", path, null, null, scheduled).thenAccept(reply -> {
            if (reply.is(200)) {
                actions.get(action).record(reply.arrived() - scheduled);
            } else {
                errors.add(action, reply.kind());
            }
        });
    }

    /**
     * One counter's loop. The measured day's counters stop at the end, leaving the queue as it
     * is; a warm-up's go on until a call-next sent after every issue was answered finds nobody
     * for its fields (no ticket can join them later), or the drain limit passes. Every field is
     * served by some counter, so then nothing waits anywhere when the measured day starts.
     */
    private void work(Officer o, long end, long drainLimit, CountDownLatch done, double mu, double sigma,
            SplittableRandom random, long pollMs) {
        long now = System.nanoTime();
        if (now >= (warmUp ? drainLimit : end)) {
            done.countDown();
            return;
        }
        // read before call-next is sent: its answer then covers every ticket issued
        boolean issuesOver = now >= end && arrivalsDone && issuesInFlight.get() == 0;
        // counted before closing is read, so the closing, which sets it first, waits for this call
        callsInFlight.incrementAndGet();
        if (closing) {
            callsInFlight.decrementAndGet();
            timer.schedule(() -> work(o, end, drainLimit, done, mu, sigma, random, pollMs), pollMs, TimeUnit.MILLISECONDS);
            return;
        }
        AtomicBoolean callAnswered = new AtomicBoolean();
        Runnable answered = () -> {
            if (callAnswered.compareAndSet(false, true)) {
                callsInFlight.decrementAndGet();
            }
        };
        long service = (long) Math.exp(mu + sigma * gaussian(random));
        o.serveOne(service, () -> true, (sent, reply, id) -> {
            answered.run();
            called.increment();
            if (warmUp) {
                calledIds.add(id);
                matcher.exclude(id);
            } else {
                matcher.answered(id, sent, reply.arrived());
            }
        }).whenComplete((outcome, failure) -> {
            answered.run();
            if (outcome == Officer.Outcome.SERVED) {
                served.increment();
                work(o, end, drainLimit, done, mu, sigma, random, pollMs);
            } else if (warmUp && issuesOver && outcome == Officer.Outcome.NOBODY_WAITING) {
                done.countDown();
            } else {
                long pause = outcome == Officer.Outcome.NOBODY_WAITING ? pollMs : 1000;
                timer.schedule(() -> work(o, end, drainLimit, done, mu, sigma, random, pollMs), pause, TimeUnit.MILLISECONDS);
            }
        });
    }

    private static int pickField(double u) {
        for (int f = 0; f < FIELD_SHARE.length; f++) {
            u -= FIELD_SHARE[f];
            if (u < 0) {
                return f;
            }
        }
        return FIELD_SHARE.length - 1;
    }

    /** A standard normal draw (Box–Muller); SplittableRandom has none. */
    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
