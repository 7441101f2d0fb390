package org.onedoor.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.onedoor.center.Center;

/**
 * Writes audit entries in batches, one transaction every {@link #EVERY} at most, instead of a
 * transaction of its own after every change: on a busy floor that second commit per call cost
 * as much as the call. Reading the log writes what waits first; a shutdown writes it too. An
 * entry can be lost only if the process dies within {@link #EVERY} of the change — the change
 * itself is committed (and calls and tickets are in the floor's event log).
 */
@ApplicationScoped
public class AuditLog {

    static final Duration EVERY = Duration.ofMillis(200);
    static final int MOST_PER_BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    /** An entry and, when the address named one, the code of the center acted on. */
    record Pending(AuditEntry entry, String centerCode) {
    }

    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private long timer = -1;

    @Inject
    Vertx vertx;

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY.toMillis(), id -> {
            if (!pending.isEmpty() && writing.compareAndSet(false, true)) {
                Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
                VertxContextSafetyToggle.setContextSafe(context, true);
                context.runOnContext(v -> write().subscribe().with(done -> writing.set(false), e -> writing.set(false)));
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (!pending.isEmpty()) {
            LOG.infof("Writing %d audit entries before stopping", pending.size());
            write().await().atMost(Duration.ofSeconds(10));
        }
    }

    void add(AuditEntry entry, String centerCode) {
        pending.add(new Pending(entry, centerCode));
    }

    /** Writes what waits, in the order it came; a failure is logged and those entries are dropped. */
    Uni<Void> write() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MOST_PER_BATCH && (next = pending.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> codes = batch.stream().map(Pending::centerCode).filter(c -> c != null).collect(Collectors.toSet());
        return Panache.withTransaction(() -> centerIds(codes).chain(ids -> {
            for (Pending p : batch) {
                // an administrator's change to a center belongs to that center's log
                if (p.centerCode() != null && ids.containsKey(p.centerCode())) {
                    p.entry().centerId = ids.get(p.centerCode());
                }
            }
            return Panache.getSession().chain(s -> s.persistAll(batch.stream().map(Pending::entry).toArray()));
        }))
                .onFailure().invoke(e -> LOG.errorf("%d audit entries not written: %s", batch.size(), e))
                .onFailure().recoverWithNull().replaceWithVoid()
                .chain(() -> pending.isEmpty() ? Uni.createFrom().voidItem() : write());
    }

    private static Uni<Map<String, Long>> centerIds(Set<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Center where code in :codes", Center.class)
                .setParameter("codes", codes).getResultList())
                .map(list -> list.stream().collect(Collectors.toMap(c -> c.code, c -> c.id)));
    }
}
