package org.onedoor.device;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocketConnection;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * When each device was last seen (the device list's "last contact", and whether it is online),
 * written in one statement every {@link #EVERY} rather than in the socket's upgrade: when a node
 * dies, thousands of screens reconnect to the others at once, and each upgrade then needs one query
 * instead of a transaction with a row to update. The list shows minutes, so a sighting within a
 * minute of the last one written is not written again; one lost with the process (at most
 * {@link #EVERY} of them) is harmless, and the next connection writes it.
 *
 * <p>A device whose socket stays open is seen again every {@link #STILL_THERE} by the node that
 * holds the socket, so "seen within {@link #ONLINE_WITHIN}" means online on any node of a cluster,
 * and a node that dies stops vouching for its devices without anyone telling the others.
 */
@ApplicationScoped
public class DeviceSightings {

    static final Duration EVERY = Duration.ofSeconds(2);
    /** How often the devices connected here are seen again. */
    static final Duration STILL_THERE = Duration.ofMinutes(1);
    /** A device seen this recently is online: {@link #STILL_THERE}, twice, and a margin for a late write. */
    static final Duration ONLINE_WITHIN = STILL_THERE.multipliedBy(2).plusSeconds(30);
    /** On a device's socket (a screen's, a kiosk's, a bridge's): the device's id. */
    public static final TypedKey<Long> DEVICE = TypedKey.forLong("onedoor.deviceId");
    private static final Logger LOG = Logger.getLogger(DeviceSightings.class);

    private final Map<Long, Instant> pending = new ConcurrentHashMap<>();
    /** The write on its way, if one is: a write asked meanwhile waits for it, then writes what it left. */
    private final AtomicReference<CompletableFuture<Void>> inFlight = new AtomicReference<>();
    private long timer = -1;
    private long stillThere = -1;

    @Inject
    Vertx vertx;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    OpenConnections connections;

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY.toMillis(), id -> {
            if (inFlight.get() == null) { // a slow database: the timer skips its turn rather than queue up behind it
                write().subscribe().with(done -> { }, e -> { });
            }
        });
        stillThere = vertx.setPeriodic(STILL_THERE.toMillis(), id -> seeConnected());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (stillThere >= 0) {
            vertx.cancelTimer(stillThere);
        }
    }

    /** Whether a device last seen then is online now. */
    public static boolean online(Instant lastSeenAt, Instant now) {
        return lastSeenAt != null && lastSeenAt.isAfter(now.minus(ONLINE_WITHIN));
    }

    /** Every device with a socket open on this node is seen now (also for tests, which cannot wait a minute). */
    public void seeConnected() {
        Instant now = clock.instant();
        for (WebSocketConnection connection : connections) {
            Long device = connection.userData().get(DEVICE);
            if (device != null) {
                pending.put(device, now);
            }
        }
    }

    /** The device connected now; {@code lastSeenAt} is what its row says. */
    public void seen(long deviceId, Instant lastSeenAt) {
        Instant now = clock.instant();
        if (Device.worthNoting(lastSeenAt, now)) {
            pending.put(deviceId, now);
        }
    }

    /**
     * Writes the sightings that wait, in one UPDATE. Once it resolves, every sighting noted before
     * it was subscribed to is written (tests call it, as they cannot wait for the timer): while
     * another write is on its way, it waits for that one and then writes what it did not take.
     */
    public Uni<Void> write() {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> running = inFlight.compareAndExchange(null, mine);
            if (running != null) {
                return Uni.createFrom().completionStage(running).chain(() -> write());
            }
            List<Long> ids = new ArrayList<>();
            List<String> ats = new ArrayList<>();
            for (Map.Entry<Long, Instant> e : pending.entrySet()) {
                if (pending.remove(e.getKey(), e.getValue())) {
                    ids.add(e.getKey());
                    ats.add(e.getValue().toString());
                }
            }
            Uni<Void> written = ids.isEmpty() ? Uni.createFrom().voidItem() : update(ids, ats);
            return written.eventually(() -> {
                inFlight.set(null);
                mine.complete(null);
            });
        });
    }

    private Uni<Void> update(List<Long> ids, List<String> ats) {
        return pool.preparedQuery("UPDATE device d SET last_seen_at = CAST(s.at AS timestamptz)"
                        + " FROM unnest($1::bigint[], $2::text[]) AS s(id, at)"
                        + " WHERE d.id = s.id AND (d.last_seen_at IS NULL OR d.last_seen_at < CAST(s.at AS timestamptz))")
                .execute(Tuple.of(ids.toArray(new Long[0]), ats.toArray(new String[0])))
                .onFailure().invoke(e -> LOG.warnf("%d device sightings not written: %s", ids.size(), e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
