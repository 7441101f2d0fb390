package org.onedoor.device;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * When each device last connected (the device list's "last seen"), written in one statement every
 * {@link #EVERY} rather than in the socket's upgrade: when a node dies, thousands of screens
 * reconnect to the others at once, and each upgrade then needs one query instead of a transaction
 * with a row to update. The list shows minutes, so a sighting within a minute of the last one
 * written is not written again; one lost with the process (at most {@link #EVERY} of them) is
 * harmless, and the next connection writes it.
 */
@ApplicationScoped
public class DeviceSightings {

    static final Duration EVERY = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(DeviceSightings.class);

    private final Map<Long, Instant> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private long timer = -1;

    @Inject
    Vertx vertx;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY.toMillis(), id -> write().subscribe().with(done -> { }, e -> { }));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The device connected now; {@code lastSeenAt} is what its row says. */
    public void seen(long deviceId, Instant lastSeenAt) {
        Instant now = clock.instant();
        if (Device.worthNoting(lastSeenAt, now)) {
            pending.put(deviceId, now);
        }
    }

    /** Writes the sightings that wait, in one UPDATE (also for tests, which cannot wait for the timer). */
    public Uni<Void> write() {
        if (pending.isEmpty() || !writing.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        List<Long> ids = new ArrayList<>();
        List<String> ats = new ArrayList<>();
        for (Map.Entry<Long, Instant> e : pending.entrySet()) {
            if (pending.remove(e.getKey(), e.getValue())) {
                ids.add(e.getKey());
                ats.add(e.getValue().toString());
            }
        }
        return pool.preparedQuery("UPDATE device d SET last_seen_at = CAST(s.at AS timestamptz)"
                        + " FROM unnest($1::bigint[], $2::text[]) AS s(id, at)"
                        + " WHERE d.id = s.id AND (d.last_seen_at IS NULL OR d.last_seen_at < CAST(s.at AS timestamptz))")
                .execute(Tuple.of(ids.toArray(new Long[0]), ats.toArray(new String[0])))
                .onFailure().invoke(e -> LOG.warnf("%d device sightings not written: %s", ids.size(), e.getMessage()))
                .onFailure().recoverWithNull()
                .eventually(() -> writing.set(false))
                .replaceWithVoid();
    }
}
