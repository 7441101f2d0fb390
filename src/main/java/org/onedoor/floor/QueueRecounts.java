package org.onedoor.floor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.onedoor.center.Center;
import org.onedoor.common.OnContext;
import org.onedoor.floor.FloorEventBody.QueueChanged;

/**
 * Counts a center's queue again when a QueueChanged was overtaken ({@link QueueCount}): in a
 * transaction that holds the center's event row, so no action commits between the count and its
 * number, a moment after the action, off its request. Overtaken counts of a center that come
 * meanwhile wait for the same count: a burst of counters calling at opening time costs one count
 * and one commit, not one each, and its screens are wrong for at most that moment.
 */
@ApplicationScoped
public class QueueRecounts {

    private static final Logger LOG = Logger.getLogger(QueueRecounts.class);
    /** How long after an overtaken count the queue is counted again. */
    static final long DELAY_MS = 250;

    /** Centers waiting for their count, each with how to count (the newest overtaken count's way). */
    private final Map<Long, Supplier<Uni<QueueChanged>>> waiting = new ConcurrentHashMap<>();

    @Inject
    Vertx vertx;

    @Inject
    EventJournal journal;

    /** The center's queue is to be counted again soon. */
    void countAgainSoon(Center center, QueueCount overtaken) {
        if (waiting.put(center.id, overtaken.again()) == null) {
            vertx.setTimer(DELAY_MS, id -> OnContext.ofItsOwn(vertx, () -> countAgain(center)).subscribe().with(
                    done -> { },
                    failure -> LOG.warnf(failure, "Could not count the queue of center %s again after an action"
                            + " overtook its count; its screens show that count until the next change", center.code)));
        }
    }

    private Uni<Void> countAgain(Center center) {
        Supplier<Uni<QueueChanged>> again = waiting.remove(center.id);
        return journal.transaction(tx -> Panache.getSession()
                .chain(session -> session.createNativeQuery("SELECT id FROM center WHERE id IN (:ids) FOR NO KEY UPDATE",
                        Long.class).setParameter("ids", List.of(center.id)).getSingleResult())
                .chain(() -> again.get())
                .chain(queue -> tx.record(center, queue)));
    }
}
