package org.onedoor.common;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Work that needs the database taking turns for it: at most {@code limit} pieces run at once, the
 * rest wait first come first served, for at most {@code maxWaitMillis} and at most
 * {@code maxWaiting} of them; past either, the work is refused with {@link DatabaseBusy} (503, or
 * 1013 on an open socket) without ever having asked the pool. Work queued {@link #admitAhead ahead}
 * goes before the rest.
 *
 * <p>Why not leave the waiting to the pool: thousands of waits for a pooled connection running
 * out together left the pool believing its connections leased for good, and the node could not
 * reach its database until restarted (bench/README.md, "A reconnect storm"). Waits that run out
 * here cost nothing, and the pool's own line stays short. {@link SocketOpenings} and
 * {@link ApiTurns} each keep one.
 */
public final class Turns {

    private static final Logger LOG = Logger.getLogger(Turns.class);

    private final String what;
    private final int limit;
    private final int maxWaiting;
    private final long maxWaitMillis;

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final ConcurrentLinkedQueue<Turn> waiting = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Turn> ahead = new ConcurrentLinkedQueue<>();

    /** {@code what}: the work, as refusals name it ("screens opening", "API requests"). */
    public Turns(String what, int limit, int maxWaiting, long maxWaitMillis) {
        if (limit < 1 || maxWaiting < 0 || maxWaitMillis < 1) {
            throw new IllegalArgumentException("turns for " + what + ": limit " + limit + ", waiting " + maxWaiting
                    + ", wait " + maxWaitMillis + " ms");
        }
        this.what = what;
        this.limit = limit;
        this.maxWaiting = maxWaiting;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Work waiting for its turn: given it once (WAITING → GIVEN), or gone (WAITING → GONE). */
    private static final class Turn {
        static final int WAITING = 0;
        static final int GIVEN = 1;
        static final int GONE = 2;
        final AtomicInteger state = new AtomicInteger(WAITING);
        final CompletableFuture<Void> given = new CompletableFuture<>();
        /** Set by whoever uses or gives back a turn that was given, so it is used or given back once. */
        final AtomicBoolean settled = new AtomicBoolean();
    }

    /** Runs {@code work} in its turn, on the caller's Vert.x context; fails with {@link DatabaseBusy} if refused. */
    public <T> Uni<T> admit(Supplier<Uni<T>> work) {
        return admit(work, waiting, false);
    }

    /** The same, ahead of the work admitted with {@link #admit}. */
    public <T> Uni<T> admitAhead(Supplier<Uni<T>> work) {
        return admit(work, ahead, false);
    }

    /**
     * As {@link #admit}, but work that has its turn runs to its end even if its caller goes away,
     * and holds the turn until then: for work the database goes on with anyway (a long read), whose
     * turn, given back at the cancel, would let its caller start the same work again and again.
     * Work still waiting for its turn is dropped when its caller goes away.
     */
    public <T> Uni<T> admitToEnd(Supplier<Uni<T>> work) {
        return admit(work, waiting, true);
    }

    private <T> Uni<T> admit(Supplier<Uni<T>> work, ConcurrentLinkedQueue<Turn> queue, boolean toEnd) {
        return Uni.createFrom().deferred(() -> {
            if (tryTake()) {
                return run(work, toEnd);
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
                    .chain(() -> turn.settled.compareAndSet(false, true) ? run(work, toEnd) : Uni.createFrom().<T>nothing());
        });
    }

    private <T> Uni<T> run(Supplier<Uni<T>> work, boolean toEnd) {
        AtomicBoolean done = new AtomicBoolean();
        Uni<T> ran = Uni.createFrom().<T>deferred(work::get).onTermination().invoke(() -> {
            if (done.compareAndSet(false, true)) {
                giveBack();
            }
        });
        if (!toEnd) {
            return ran;
        }
        // subscribed here too: the caller's cancel ends only its own wait for the outcome
        Uni<T> once = ran.memoize().indefinitely();
        once.subscribe().with(item -> { }, failure -> LOG.debugf("%s: work run to its end failed: %s", what, failure));
        return once;
    }

    private <T> Uni<T> busy() {
        return Uni.createFrom().failure(new DatabaseBusy("Too many " + what + " waiting for the database at once"));
    }

    private boolean tryTake() {
        for (int n = running.get(); n < limit; n = running.get()) {
            if (running.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Work ended: its turn goes to the first still waiting, or back to the pool of turns. */
    private void giveBack() {
        if (!handOver()) {
            running.decrementAndGet();
            drain();
        }
    }

    /** Turns free while work waits: can happen when a turn came back just before one queued. */
    private void drain() {
        while ((!ahead.isEmpty() || !waiting.isEmpty()) && tryTake()) {
            if (!handOver()) {
                running.decrementAndGet();
            }
        }
    }

    /** Gives the turn held by the caller to the first work still waiting; false if none waits. */
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
            turn.given.completeExceptionally(new DatabaseBusy(what + ": waited " + maxWaitMillis + " ms for a turn at the database"));
        }
    }

    /** The work's caller went away: a turn not yet given is dropped, one given is passed on. */
    private void abandon(Turn turn) {
        if (turn.state.compareAndSet(Turn.WAITING, Turn.GONE)) {
            waitingCount.decrementAndGet();
        } else if (turn.state.get() == Turn.GIVEN && turn.settled.compareAndSet(false, true)) {
            giveBack();
        }
    }

    /** Work running now. */
    public int running() {
        return running.get();
    }

    /** Work waiting for its turn. */
    public int waiting() {
        return waitingCount.get();
    }
}
