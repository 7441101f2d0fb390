package org.onedoor.floor.live;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Every two seconds, reads how far the watched centers' events have committed, so that a center
 * whose last events never arrived (lost between nodes while the floor then went quiet) notices
 * and reads them from the log, as it does for a gap between two events. One small query a node,
 * for the centers with a screen open on it.
 */
@ApplicationScoped
class CommittedTails {

    static final long EVERY_MILLIS = 2000;
    private static final Logger LOG = Logger.getLogger(CommittedTails.class);

    @Inject
    FloorHub hub;

    @Inject
    Vertx vertx;

    private long timer = -1;
    private boolean reading;

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY_MILLIS, id -> check());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void check() {
        Set<String> watched = hub.watchedCenters();
        if (watched.isEmpty() || reading) {
            return;
        }
        reading = true;
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> Panache.withSession(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select code, lastEventSeq from Center where code in :codes", Object[].class)
                        .setParameter("codes", List.copyOf(watched)).getResultList()))
                .subscribe().with(rows -> {
                    reading = false;
                    rows.forEach(row -> hub.committedUpTo((String) row[0], ((Number) row[1]).longValue()));
                }, e -> {
                    reading = false;
                    LOG.debugf(e, "Committed floor events not read");
                }));
    }
}
