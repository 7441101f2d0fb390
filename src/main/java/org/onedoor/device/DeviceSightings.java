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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * When each device was last seen and when it left (the device list's "last contact", and whether it is online),
 * written in one statement every {@link #EVERY} rather than in the socket's upgrade: when a node
 * dies, thousands of screens reconnect to the others at once, and each upgrade then needs one query
 * instead of a transaction with a row to update. The list shows minutes, so a sighting within a
 * minute of the last one written is not written again; one lost with the process (at most
 * {@link #EVERY} of them) is harmless, and the next connection writes it.
 *
 * <p>A device whose socket stays open is seen again every {@link #STILL_THERE} by the node that
 * holds the socket, so "seen within {@link #ONLINE_WITHIN}" means online on any node of a cluster,
 * and a node that dies stops vouching for its devices without anyone telling the others.
 *
 * <p>A device whose last socket on this node closes has left, written in the same batch: it reads
 * as offline at once (a screen switched off, a bridge that died) rather than once its last sighting
 * is {@link #ONLINE_WITHIN} old. Its next connection is always written, however soon. A device that
 * moved to another node before this one wrote its leaving may read as offline there until that
 * node sees it again, within {@link #STILL_THERE}; so may a device whose token several screens
 * share, spread over several nodes, when one of them leaves (pair each screen on its own).
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
    private final Map<Long, Instant> pendingLeft = new ConcurrentHashMap<>();
    /** When each device left this node, until it opens a socket here again. */
    private final Map<Long, Instant> leftHere = new ConcurrentHashMap<>();
    /** How many sockets each device has open on this node (a hall's screens may share a token). */
    private final Map<Long, Integer> openHere = new ConcurrentHashMap<>();
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

    /** Whether a device is online now: seen lately, on any node, and not gone since. */
    public static boolean online(Device device, Instant now) {
        return device.lastSeenAt != null && device.lastSeenAt.isAfter(now.minus(ONLINE_WITHIN))
                && !Device.hasLeft(device.lastSeenAt, device.leftAt);
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

    /** The device connected now; {@code lastSeenAt} and {@code leftAt} are what its row says. */
    public void seen(long deviceId, Instant lastSeenAt, Instant leftAt) {
        Instant now = clock.instant();
        if (Device.worthNoting(lastSeenAt, leftAt, now)) {
            pending.put(deviceId, now);
        }
    }

    /**
     * A socket of the device opened on this node. Had the device left this node (its leaving
     * perhaps written after its row was read for this connection), the connection is written too.
     */
    public void opened(long deviceId) {
        // under the device's entry of openHere: a close on another event loop cannot interleave
        openHere.compute(deviceId, (id, open) -> {
            pendingLeft.remove(id);
            if (leftHere.remove(id) != null) {
                pending.put(id, clock.instant());
            }
            return open == null ? 1 : open + 1;
        });
    }

    /** A socket of the device closed on this node: with its last one, it has left. */
    public void closed(long deviceId) {
        openHere.computeIfPresent(deviceId, (id, open) -> {
            if (open > 1) {
                return open - 1;
            }
            Instant now = clock.instant();
            leftHere.put(id, now);
            pendingLeft.put(id, now);
            return null;
        });
    }

    /** How many sockets the device has open on this node (for tests). */
    int openHere(long deviceId) {
        return openHere.getOrDefault(deviceId, 0);
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
            Batch batch = new Batch();
            take(pending, batch.seen);
            take(pendingLeft, batch.left);
            Uni<Void> written = batch.isEmpty() ? Uni.createFrom().voidItem() : update(batch);
            return written.eventually(() -> {
                inFlight.set(null);
                mine.complete(null);
            });
        });
    }

    private static void take(Map<Long, Instant> from, Map<Long, Instant> into) {
        for (Map.Entry<Long, Instant> e : from.entrySet()) {
            if (from.remove(e.getKey(), e.getValue())) {
                into.put(e.getKey(), e.getValue());
            }
        }
    }

    /** The sightings and leavings of one write, by device. */
    private record Batch(Map<Long, Instant> seen, Map<Long, Instant> left) {
        Batch() {
            this(new HashMap<>(), new HashMap<>());
        }

        boolean isEmpty() {
            return seen.isEmpty() && left.isEmpty();
        }
    }

    private Uni<Void> update(Batch batch) {
        Set<Long> devices = new HashSet<>(batch.seen().keySet());
        devices.addAll(batch.left().keySet());
        List<Long> ids = new ArrayList<>(devices);
        List<String> seen = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Long id : ids) {
            seen.add(text(batch.seen().get(id)));
            left.add(text(batch.left().get(id)));
        }
        // GREATEST skips NULLs: a batch's leaving does not undo a later sighting written by another node
        return pool.preparedQuery("UPDATE device d SET last_seen_at = GREATEST(d.last_seen_at, CAST(s.seen AS timestamptz)),"
                        + " left_at = GREATEST(d.left_at, CAST(s.gone AS timestamptz))"
                        + " FROM unnest($1::bigint[], $2::text[], $3::text[]) AS s(id, seen, gone) WHERE d.id = s.id")
                .execute(Tuple.of(ids.toArray(new Long[0]), seen.toArray(new String[0]), left.toArray(new String[0])))
                .onFailure().invoke(e -> LOG.warnf("%d device sightings not written: %s", ids.size(), e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
