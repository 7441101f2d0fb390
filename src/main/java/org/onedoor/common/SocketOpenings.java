package org.onedoor.common;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many database reads for devices opening their sockets run at once on this node: a screen's
 * or a bridge's upgrade check, a screen's snapshot or replay. When a node dies its screens come back to the
 * others within a second or two, thousands at once. Unchecked, every one of them queued for the
 * pool: kiosks and counters waited behind them, the pool's waits ran out by the thousand, and in
 * that state the pool lost its connections for good (bench/README.md, "A reconnect storm").
 *
 * <p>So openings take turns here, {@link #limit} at a time, first come first served, leaving the
 * rest of the pool to the floor's own work; the read of a socket already open (its snapshot or
 * replay) goes ahead of the upgrades still waiting, since refusing it would throw away the
 * upgrade done for it. One that has waited {@link #MAX_WAIT_MILLIS} for its turn, or finds
 * {@link #maxWaiting} ahead of it, is refused without touching the pool: 503 before the upgrade,
 * 1013 after it, and the screen comes back after its jittered back-off.
 */
@ApplicationScoped
public class SocketOpenings {

    /** Less than the pool's own wait (5 s): a screen is refused here before the pool would refuse it. */
    static final long MAX_WAIT_MILLIS = 4000;

    long maxWaitMillis = MAX_WAIT_MILLIS;

    @ConfigProperty(name = "onedoor.floor.socket-openings", defaultValue = "8")
    int limit;

    @ConfigProperty(name = "onedoor.floor.socket-openings-waiting", defaultValue = "4000")
    int maxWaiting;

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final ConcurrentLinkedQueue<Turn> waiting = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Turn> ahead = new ConcurrentLinkedQueue<>();

    /** An opening waiting for its turn: given it once (WAITING → GIVEN), or gone (WAITING → GONE). */
    private static final class Turn {
        static final int WAITING = 0;
        static final int GIVEN = 1;
        static final int GONE = 2;
        final AtomicInteger state = new AtomicInteger(WAITING);
        final CompletableFuture<Void> given = new CompletableFuture<>();
        /** Set by whoever uses or gives back a turn that was given, so it is used or given back once. */
        final AtomicBoolean settled = new AtomicBoolean();
    }

    /** Runs an upgrade's {@code read} in its turn, on the caller's Vert.x context; fails with {@link DatabaseBusy} if refused. */
    public <T> Uni<T> admit(Supplier<Uni<T>> read) {
        return admit(read, waiting);
    }

    /** The same for the read of a socket already open, which goes ahead of the upgrades waiting. */
    public <T> Uni<T> admitOpen(Supplier<Uni<T>> read) {
        return admit(read, ahead);
    }

    private <T> Uni<T> admit(Supplier<Uni<T>> read, ConcurrentLinkedQueue<Turn> queue) {
        return Uni.createFrom().deferred(() -> {
            if (tryTake()) {
                return run(read);
            }
            if (waitingCount.get() >= maxWaiting) {
                return busy();
            }
            Turn turn = new Turn();
            waitingCount.incrementAndGet();
            queue.add(turn);
            drain(); // every turn may have come back between tryTake and add
            Infrastructure.getDefaultWorkerPool().schedule(() -> giveUp(turn), maxWaitMillis, TimeUnit.MILLISECONDS);
            return OnContext.ofCaller(Uni.createFrom().completionStage(turn.given))
                    .onCancellation().invoke(() -> abandon(turn))
                    .chain(() -> turn.settled.compareAndSet(false, true) ? run(read) : Uni.createFrom().<T>nothing());
        });
    }

    private <T> Uni<T> run(Supplier<Uni<T>> read) {
        AtomicBoolean done = new AtomicBoolean();
        return Uni.createFrom().<T>deferred(read::get).onTermination().invoke(() -> {
            if (done.compareAndSet(false, true)) {
                giveBack();
            }
        });
    }

    private static <T> Uni<T> busy() {
        return Uni.createFrom().failure(new DatabaseBusy("Too many screens opening at once"));
    }

    private boolean tryTake() {
        for (int n = running.get(); n < limit; n = running.get()) {
            if (running.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A read ended: its turn goes to the first opening still waiting, or back to the pool of turns. */
    private void giveBack() {
        if (!handOver()) {
            running.decrementAndGet();
            drain();
        }
    }

    /** Turns free while openings wait: can happen when a turn came back just before one queued. */
    private void drain() {
        while ((!ahead.isEmpty() || !waiting.isEmpty()) && tryTake()) {
            if (!handOver()) {
                running.decrementAndGet();
            }
        }
    }

    /** Gives the turn held by the caller to the first opening still waiting; false if none waits. */
    private boolean handOver() {
        for (Turn turn; (turn = ahead.poll()) != null || (turn = waiting.poll()) != null; ) {
            if (turn.state.compareAndSet(Turn.WAITING, Turn.GIVEN)) {
                waitingCount.decrementAndGet();
                turn.given.complete(null);
                return true;
            }
        }
        return false;
    }

    private void giveUp(Turn turn) {
        if (turn.state.compareAndSet(Turn.WAITING, Turn.GONE)) {
            waitingCount.decrementAndGet();
            turn.given.completeExceptionally(new DatabaseBusy("A screen waited too long for its turn to open"));
        }
    }

    /** The opening's caller went away: a turn not yet given is dropped, one given is passed on. */
    private void abandon(Turn turn) {
        if (turn.state.compareAndSet(Turn.WAITING, Turn.GONE)) {
            waitingCount.decrementAndGet();
        } else if (turn.state.get() == Turn.GIVEN && turn.settled.compareAndSet(false, true)) {
            giveBack();
        }
    }

    /** Reads running now (for tests). */
    int running() {
        return running.get();
    }

    /** Openings waiting for their turn (for tests). */
    int waiting() {
        return waitingCount.get();
    }
}
