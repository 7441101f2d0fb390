package org.onedoor.floor.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.WarningBurst;
import org.onedoor.device.DeviceMoves;
import org.onedoor.device.DeviceMoves.ScreenMoved;
import org.onedoor.device.DeviceRevocations;
import org.onedoor.device.DeviceRevocations.DeviceRevoked;
import org.onedoor.security.StaffSignOuts;
import org.onedoor.security.StaffSignOuts.StaffSignedOut;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;

/** Fans the floor channel out to the open floor sockets, each center's events to its own screens only. */
@ApplicationScoped
public class FloorHub {

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    /** How long a center waits for a late event before reading it from the log (screens wait 2 s). */
    static final long PATIENCE_NANOS = 300_000_000L;
    /** After this, a gap the log cannot fill is given up on (the screens resync by themselves). */
    static final long GIVE_UP_NANOS = 5_000_000_000L;
    /** Screens later than this behind a call because an earlier event came late are worth a line in the log. */
    static final long LATE_NANOS = 100_000_000L;
    private static final Logger LOG = Logger.getLogger(FloorHub.class);
    /**
     * Why a screen can be late although its socket is fast: transactions commit in sequence order
     * but publish from their own threads, and on a node whose cores are all busy one of them may
     * publish seconds after the next. One line, then a count, per burst.
     */
    private static final WarningBurst HELD = new WarningBurst("floor events held for an earlier one", LOG::warn);

    @Inject
    EventJournal journal;

    @Inject
    CenterRepository centers;

    @Inject
    DeviceRevocations revocations;

    @Inject
    DeviceMoves moves;

    @Inject
    StaffSignOuts signOuts;

    private final Map<String, CenterSequencer> sequencers = new ConcurrentHashMap<>();
    private final Map<String, Set<FloorSubscriber>> byCenter = new ConcurrentHashMap<>();
    private final Map<String, FloorSubscriber> byConnection = new ConcurrentHashMap<>();
    private final Set<FloorSubscriber> withOpenGap = ConcurrentHashMap.newKeySet();
    private long gapTimer = -1;

    void start(@Observes StartupEvent event) {
        gapTimer = vertx.setPeriodic(100, id -> {
            long now = System.nanoTime();
            sequencers.forEach((center, sequencer) -> fillGap(center, sequencer, now));
            // only screens with a gap: walking every socket ten times a second cost ~6 % of the
            // server's CPU with 10,000 open (bench/README.md)
            withOpenGap.forEach(s -> s.checkGap(now));
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (gapTimer >= 0) {
            vertx.cancelTimer(gapTimer);
        }
    }

    /**
     * Registers a connection before its snapshot is read, so no event falls between the two. A
     * device's handshake says what it read of the device: {@code counterStale}, the page shows a
     * counter that is not the screen's, and {@code checkedAt} (System.nanoTime()), when it read.
     */
    FloorSubscriber subscribe(WebSocketConnection connection, String center, Long deviceId, DeviceUpgradeCheck.SignedIn staff,
            boolean counterStale, Long checkedAt) {
        FloorSubscriber subscriber = new FloorSubscriber(connection, center, deviceId, staff, withOpenGap);
        byConnection.put(connection.id(), subscriber);
        byCenter.computeIfAbsent(center, c -> ConcurrentHashMap.newKeySet()).add(subscriber);
        // revoked, moved or signed out after its handshake passed but before it was registered here
        if (deviceId != null && revocations.isRevoked(deviceId)) {
            subscriber.close(FloorSubscriber.REVOKED);
        } else if (deviceId != null && (counterStale || checkedAt != null && moves.movedSince(deviceId, checkedAt))) {
            subscriber.close(FloorSubscriber.MOVED);
        } else if (staff != null && signOuts.hasEnded(staff.username(), staff.sessionVersion())) {
            subscriber.close(FloorSubscriber.SIGNED_OUT);
        }
        return subscriber;
    }

    void unsubscribe(WebSocketConnection connection) {
        FloorSubscriber subscriber = byConnection.remove(connection.id());
        if (subscriber != null) {
            subscriber.closed();
            Set<FloorSubscriber> set = byCenter.get(subscriber.center);
            if (set != null) {
                set.remove(subscriber);
            }
        }
    }

    @Incoming(EventJournal.CHANNEL)
    void publish(FloorEvent event) {
        long held = sequencers.computeIfAbsent(event.center(), c -> new CenterSequencer()).accept(event, this::fanOut);
        reportHeld(event.center(), held, "came late");
    }

    private static void reportHeld(String center, long heldNanos, String how) {
        if (heldNanos > LATE_NANOS) {
            LOG.debugf("Floor events of %s held %d ms (%s)", center, heldNanos / 1_000_000, how);
            HELD.warn(String.format("Floor events of %s held %d ms for an earlier one, which %s", center,
                    heldNanos / 1_000_000, how));
        }
    }

    /** A screen of the center has read the floor up to {@code seq}: live events follow from there. */
    void synced(String center, long seq) {
        sequencers.computeIfAbsent(center, c -> new CenterSequencer()).screenSynced(seq);
    }

    /** The centers that have a screen open on this node. */
    Set<String> watchedCenters() {
        Set<String> watched = new HashSet<>();
        byCenter.forEach((center, subscribers) -> {
            if (!subscribers.isEmpty()) {
                watched.add(center);
            }
        });
        return watched;
    }

    /** The center's row says its events up to {@code seq} have committed (see {@link CenterSequencer#committedUpTo}). */
    void committedUpTo(String center, long seq) {
        CenterSequencer sequencer = sequencers.get(center);
        if (sequencer != null) {
            sequencer.committedUpTo(seq, System.nanoTime());
        }
    }

    /** The last sequence number of the center handed on to its screens; -1 before the first. */
    long handedOn(String center) {
        CenterSequencer sequencer = sequencers.get(center);
        return sequencer == null ? -1 : sequencer.handedOn();
    }

    /** An event in its turn, to every screen of its center. */
    private void fanOut(FloorEvent event) {
        Set<FloorSubscriber> subscribers = byCenter.get(event.center());
        if (subscribers != null && !subscribers.isEmpty()) {
            // written once, sent to every screen of the center: a hall may have dozens
            String frame = frame(event);
            subscribers.forEach(s -> s.offer(event.seq(), frame));
        }
    }

    /** A center waiting too long for an event reads it from the log, once for all its screens. */
    private void fillGap(String center, CenterSequencer sequencer, long now) {
        long[] range = sequencer.missing(now, PATIENCE_NANOS);
        if (range == null) {
            return;
        }
        if (sequencer.missing(now, GIVE_UP_NANOS) != null) {
            LOG.warnf("Floor events %d-%d of %s neither came nor could be read; screens will resync", range[0], range[1], center);
            if (sequencer.skipGap(this::fanOut)) {
                // the lost events were the last: nothing after them shows a screen the gap, so it is told
                byCenter.getOrDefault(center, Set.of()).forEach(s -> s.close(FloorSubscriber.RESYNC));
            }
            return;
        }
        if (!sequencer.startFilling()) {
            return; // a read for this gap is already on its way
        }
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> Panache.withSession(() -> centers.require(center)
                        .chain(c -> journal.readAfter(c, range[0] - 1, (int) (range[1] - range[0] + 1))))
                .subscribe().with(events -> reportHeld(center, sequencer.fill(events, this::fanOut), "was read from the log"),
                        e -> {
                            sequencer.fillFailed();
                            LOG.debugf(e, "Floor events %d-%d of %s not read", range[0], range[1], center);
                        }));
    }

    void closeDevice(@Observes DeviceRevoked revoked) {
        byConnection.values().stream().filter(s -> Long.valueOf(revoked.deviceId()).equals(s.deviceId))
                .forEach(s -> s.close(FloorSubscriber.REVOKED));
    }

    void closeMoved(@Observes ScreenMoved moved) {
        byConnection.values().stream().filter(s -> Long.valueOf(moved.deviceId()).equals(s.deviceId))
                .forEach(s -> s.close(FloorSubscriber.MOVED));
    }

    void closeSignedOut(@Observes StaffSignedOut out) {
        byConnection.values().stream().filter(s -> s.staff != null && s.staff.username().equals(out.username())
                && s.staff.sessionVersion() < out.validVersion()).forEach(s -> s.close(FloorSubscriber.SIGNED_OUT));
    }

    /** An event read back from the log for a screen that reconnected: marked so it is not spoken. */
    String replayFrame(FloorEvent event, boolean last) {
        ObjectNode frame = json.valueToTree(event);
        frame.put("replay", true);
        if (last) {
            frame.put("replayLast", true);
        }
        return frame(frame);
    }

    String frame(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a floor frame", e);
        }
    }
}
