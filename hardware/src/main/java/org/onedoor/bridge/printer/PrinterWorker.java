package org.onedoor.bridge.printer;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.onedoor.bridge.JobAcks;

/**
 * One printer's own thread: its print jobs run one at a time in the order they came, and when it
 * is idle it asks the printer for its paper state every health interval. Status polls and jobs
 * share the thread so they never talk over each other on a one-client printer.
 */
public final class PrinterWorker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PrinterWorker.class.getName());
    /** Ample for a job to finish: its paper questions before and after the ticket take up to 6 s. */
    private static final long FINISH_JOB_SECONDS = 10;

    private final ThermalPrinter printer;
    private final DoneJobs done;
    private final Duration pollEvery;
    private final Runnable onHealthChange;
    private final ScheduledExecutorService thread;
    private volatile PrinterHealth health;
    private volatile long lastCheckNanos;
    private volatile boolean stopping;

    public PrinterWorker(ThermalPrinter printer, DoneJobs done, Duration pollEvery, Runnable onHealthChange) {
        this.printer = printer;
        this.done = done;
        this.pollEvery = pollEvery;
        this.onHealthChange = onHealthChange;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "printer-" + printer.name()));
    }

    public String name() {
        return printer.name();
    }

    /** The printer's last known state; null until it was first checked. */
    public PrinterHealth health() {
        return health;
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::pollIfIdle, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * What became of a job: printed now; or run before ({@code already}: not again), then printed
     * when {@code reason} is null; or not printed and why.
     */
    public record Outcome(boolean printed, boolean already, String reason) {
        /** Printed, now or the first time. */
        public boolean onPaper() {
            return printed || (already && reason == null);
        }
    }

    /** The reason given for a job reached after its deadline. */
    public static final String EXPIRED = "expired";

    /**
     * A server's job, to be printed before {@code deadlineNanos} ({@link System#nanoTime()}; 0: no
     * deadline) or not at all: a kiosk PC that hung with the job queued would print it when it came
     * back, long after its citizen went on with the number on the screen, for the next one to take.
     */
    public void submit(String job, byte[] escpos, long deadlineNanos, JobAcks acks) {
        // the server's protocol does not tell "already printed" apart from "printed": both are done
        print(job, escpos, deadlineNanos, false).thenAccept(o -> acks.ack(job, o.onPaper(), o.reason()));
    }

    /**
     * Queues a job that is tried once behind the others for this printer, with the same done list
     * and paper checks as the server's jobs; the future completes when the job has run. Unlike a
     * server's job, one that fails before its bytes go out (no paper, no printer) is recorded as
     * failed too, so the same id sent again answers {@code already}: a local job is a number
     * handed out in an outage, shown on the kiosk's screen when its paper failed, and must not
     * go on paper for a second citizen.
     */
    public CompletableFuture<Outcome> printOnce(String job, byte[] escpos) {
        return print(job, escpos, 0, true);
    }

    private CompletableFuture<Outcome> print(String job, byte[] escpos, long deadlineNanos, boolean once) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        thread.execute(() -> {
            if (stopping) {
                // queued, not started: left unanswered, so the server sends it again on the next connection
                outcome.completeExceptionally(new IllegalStateException("the bridge is stopping"));
                return;
            }
            if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
                LOG.log(Level.WARNING, "not printed " + job + ": reached too late, its citizen has gone on");
                outcome.complete(new Outcome(false, false, EXPIRED));
                return;
            }
            try {
                run(job, escpos, once, outcome);
            } catch (RuntimeException e) {
                // no answer to the server (it sends the job again); the local caller hears of it
                LOG.log(Level.ERROR, "job " + job + " on " + printer.name() + " failed", e);
                outcome.completeExceptionally(e);
            }
        });
        return outcome;
    }

    private void run(String job, byte[] escpos, boolean once, CompletableFuture<Outcome> outcome) {
        if (done.contains(job)) {
            String failed = done.failure(job);
            // sent again (its answer was lost): never printed twice, and answered as the first time
            LOG.log(Level.INFO, failed == null ? "already printed " + job : "already failed " + job + ": " + failed);
            outcome.complete(new Outcome(false, true, failed));
            return;
        }
        ThermalPrinter.Result result = printer.print(job, escpos, done);
        if (once && !result.printed() && !done.contains(job)) {
            spend(job, result.reason());
        }
        if (result.printed()) {
            LOG.log(Level.INFO, "printed " + job + " on " + printer.name());
        } else {
            String detail = result.health().error();
            LOG.log(Level.WARNING, "not printed " + job + " on " + printer.name() + ": " + result.reason()
                    + (detail != null && !detail.equals(result.reason()) ? " (" + detail + ")" : ""));
        }
        // answered before the health update, so the server hears the Ack before the Health it causes
        outcome.complete(new Outcome(result.printed(), false, result.reason()));
        update(result.health());
    }

    private void spend(String job, String why) {
        try {
            done.failed(job, why);
        } catch (IOException e) {
            // the number was still handed out; only a resend after a restart could print it
            LOG.log(Level.ERROR, "could not record in the state dir that " + job + " failed: " + e.getMessage());
        }
    }

    private void pollIfIdle() {
        try {
            // a job that just ran has told us the state already
            if (health != null && System.nanoTime() - lastCheckNanos < pollEvery.toNanos() / 2) {
                return;
            }
            update(printer.poll());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "status poll of " + printer.name() + " failed", e);
        }
    }

    private void update(PrinterHealth now) {
        lastCheckNanos = System.nanoTime();
        PrinterHealth before = health;
        health = now;
        if (!Objects.equals(before, now)) {
            if (before == null || before.online() != now.online() || !Objects.equals(before.paper(), now.paper())) {
                LOG.log(Level.INFO, "printer " + printer.name() + ": " + describe(now));
            }
            onHealthChange.run();
        }
    }

    private static String describe(PrinterHealth health) {
        if (!health.online()) {
            return "offline (" + health.error() + ")";
        }
        return "online, paper " + (health.paper() == null ? "unknown" : health.paper());
    }

    /** Takes no more jobs and skips those queued; the one in progress goes on. Does not wait. */
    public void stop() {
        stopping = true;
        thread.shutdown(); // no interrupt: an interrupted write cuts the ticket being printed
    }

    /** Stops, and waits for the job in progress to finish (cut only if it hangs). */
    @Override
    public void close() {
        stop();
        try {
            if (!thread.awaitTermination(FINISH_JOB_SECONDS, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "printer " + printer.name() + " still busy after " + FINISH_JOB_SECONDS + " s: stopping it");
                thread.shutdownNow();
                thread.awaitTermination(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
