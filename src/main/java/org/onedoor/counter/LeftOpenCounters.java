package org.onedoor.counter;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.onedoor.center.Center;
import org.onedoor.common.OnContext;

/**
 * Closes the counters officers left open when they went home. Signing out closes nothing (an
 * officer signs in again after a break, or on another PC), so a forgotten counter stayed open
 * overnight: the next morning the kiosk counted it among the open counters of its fields
 * ("no wait") and the hall showed it serving, with nobody there.
 *
 * <p>A counter is closed once its center has been closed to citizens for {@link #IDLE}, it has
 * not changed state for as long, and nobody was called to it for as long: an officer still
 * serving the last citizens after closing time (a citizen at the counter, from this service day
 * or the one before), or one who opened their counter within the hour before opening time, keeps
 * it. A center open round the clock never closes its counters this way on an open day. Every
 * node sweeps; each counter is read and checked only under its lock, so two nodes close it once.
 */
@ApplicationScoped
public class LeftOpenCounters {

    /** How long after closing time, and without a call or a change, a counter counts as left open. */
    static final Duration IDLE = Duration.ofHours(1);

    static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

    /** A citizen called longer ago than this and still at the counter was left there, not served. */
    static final Duration SERVING_AT_MOST = Duration.ofHours(12);

    private static final Logger LOG = Logger.getLogger(LeftOpenCounters.class);

    @Inject
    Vertx vertx;

    @Inject
    Clock clock;

    @Inject
    CounterService counters;

    private long timer = -1;

    @ConfigProperty(name = "onedoor.counters.close-left-open", defaultValue = "true")
    boolean enabled;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        timer = vertx.setPeriodic(SWEEP_EVERY.toMillis(), id -> OnContext.ofItsOwn(vertx, this::sweep)
                .subscribe().with(closed -> { }, e -> LOG.warnf("Counters left open were not closed: %s", e.toString())));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Closes what was left open in every center; how many counters it closed. */
    Uni<Integer> sweep() {
        Instant now = clock.instant();
        // centers still open to citizens are left out here: no transaction for them every five minutes
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select distinct z from Center z, Counter c where c.centerId = z.id and c.state <> CLOSED"
                                + " and c.stateSince < :before", Center.class)
                .setParameter("before", now.minus(IDLE)).getResultList()))
                .chain(centers -> closeIn(centers.stream().filter(z -> closedLongEnough(z, now)).map(z -> z.id).toList()));
    }

    /** One center after another, each in its own transaction: one center's failure does not keep the others open. */
    private Uni<Integer> closeIn(List<Long> centerIds) {
        return Multi.createFrom().iterable(centerIds)
                .onItem().transformToUniAndConcatenate(id -> counters.closeLeftOpen(id)
                        .invoke(closed -> {
                            if (closed > 0) {
                                LOG.infof("Closed %d counter(s) left open after closing time in center %d", closed, id);
                            }
                        })
                        .onFailure().invoke(e -> LOG.warnf("Counters left open in center %d were not closed: %s", id, e.toString()))
                        .onFailure().recoverWithItem(0))
                .collect().asList().map(closed -> closed.stream().mapToInt(Integer::intValue).sum());
    }

    /** Whether the center has been closed to citizens now and {@link #IDLE} ago. */
    static boolean closedLongEnough(Center center, Instant now) {
        return !center.isOpenAt(now) && !center.isOpenAt(now.minus(IDLE));
    }

    /** Whether the counter is open or paused and has not changed state for {@link #IDLE}. */
    static boolean stale(Counter counter, Instant now) {
        return counter.state != CounterState.CLOSED && counter.stateSince != null && counter.stateSince.isBefore(now.minus(IDLE));
    }
}
