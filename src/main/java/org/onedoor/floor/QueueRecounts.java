package org.onedoor.floor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.onedoor.center.Center;
import org.onedoor.common.OnContext;

/**
 * Counts a center's queue again when a QueueChanged was overtaken ({@link QueueCount}): in a
 * transaction that holds the center's event row, so no action commits between the count and its
 * number, a moment after the action, off its request. Overtaken counts of a center that come
 * meanwhile wait for the same count: a burst of counters calling at opening time costs one count
 * and one commit, not one each. A count that fails (the database busy or away) is tried again,
 * later each time, and what waits is counted before the server stops, since screens that
 * reconnect to the next one replay the log and would keep the wrong count.
 */
@ApplicationScoped
public class QueueRecounts {

    private static final Logger LOG = Logger.getLogger(QueueRecounts.class);
    /** How long after an overtaken count the queue is counted again. */
    static final long DELAY_MS = 250;
    /** The longest wait before trying a failed count again. */
    static final long MOST_DELAY_MS = 30_000;

    /** A center waiting for its count (as an action read it: its id and code are what is used), and how many tries failed. */
    private record Waiting(Center center, int failures) {
    }

    /** By center id. */
    private final Map<Long, Waiting> waiting = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    @Inject
    Vertx vertx;

    @Inject
    EventJournal journal;

    @Inject
    QueueCounter counter;

    /** The center's queue is to be counted again soon. */
    void countAgainSoon(Center center) {
        schedule(center.id, new Waiting(center, 0));
    }

    private void schedule(long centerId, Waiting next) {
        if (!stopping && waiting.putIfAbsent(centerId, next) == null) {
            long delay = Math.min(MOST_DELAY_MS, DELAY_MS << Math.min(next.failures(), 10));
            vertx.setTimer(delay, id -> OnContext.ofItsOwn(vertx, () -> countAgain(centerId)).subscribe().with(done -> { },
                    failure -> { }));
        }
    }

    private Uni<Void> countAgain(long centerId) {
        Waiting now = waiting.remove(centerId);
        if (now == null) {
            return Uni.createFrom().voidItem(); // counted at shutdown already
        }
        Center center = now.center();
        return journal.transaction(tx -> counter.countUnderLock(center.code, () -> lock(centerId))
                .chain(queue -> tx.record(center, queue)))
                .onFailure().invoke(failure -> {
                    LOG.warnf("Could not count the queue of center %s again after an action overtook its count"
                            + " (try %d): %s", center.code, now.failures() + 1, failure.toString());
                    schedule(centerId, new Waiting(center, now.failures() + 1));
                });
    }

    private static Uni<Void> lock(long centerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT id FROM center WHERE id IN (:ids) FOR NO KEY UPDATE", Long.class)
                .setParameter("ids", List.of(centerId)).getSingleResult()).replaceWithVoid();
    }

    /** Counts what waits before the database stops (see EmbeddedDatabaseShutdown, which observes after this). */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        for (Long centerId : List.copyOf(waiting.keySet())) {
            try {
                OnContext.ofItsOwn(vertx, () -> countAgain(centerId)).await().atMost(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.warnf("The queue of center %d was not counted again before stopping: %s", centerId, e.toString());
            }
        }
    }
}
