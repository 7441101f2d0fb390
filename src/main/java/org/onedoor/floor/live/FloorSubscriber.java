package org.onedoor.floor.live;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * One screen's connection: events reach it strictly in sequence order, one frame in flight at a
 * time, from a bounded outbox. A client that falls too far behind, or misses an event for too
 * long, is closed with {@link #RESYNC}; it reconnects with the last sequence it saw and is
 * replayed from the event log. No client ever waits for another.
 */
final class FloorSubscriber {

    /** Close code telling the client to reconnect at once with {@code since=<last seq>}. */
    static final CloseReason RESYNC = new CloseReason(4000, "resync");
    /** Close code for a revoked device: do not reconnect with this token. */
    static final CloseReason REVOKED = new CloseReason(4001, "revoked");
    /**
     * Close code for a counter screen moved to another counter (or whose page shows one that is no
     * longer its own): read what the device is again ({@code GET /api/device}), then reconnect.
     */
    static final CloseReason MOVED = new CloseReason(4002, "moved");
    /** Close code for a staff page whose session ended: sign in again. */
    static final CloseReason SIGNED_OUT = new CloseReason(4003, "signed out");

    static final int MAX_OUTBOX = 256;
    static final long MAX_GAP_NANOS = 2_000_000_000L;

    private static final Logger LOG = Logger.getLogger(FloorSubscriber.class);

    final WebSocketConnection connection;
    final String center;
    final Long deviceId;
    /** The staff session of a staff page's socket; null for a device's. */
    final DeviceUpgradeCheck.SignedIn staff;
    /**
     * The hub's subscribers with a gap open, which its timer checks: this one is in it from when
     * its gap opens until a check finds it filled, so a hall of idle screens costs the timer nothing.
     * Joined and left under this subscriber's lock, so a gap that opens again is never dropped.
     */
    private final Set<FloorSubscriber> withOpenGap;

    /** The last sequence the client has (or will have, once the outbox drains); -1 while syncing. */
    private long lastSeq = -1;
    /** Frames of events that arrived early (during the initial sync, or ahead of a missing one), by sequence. */
    private final TreeMap<Long, String> early = new TreeMap<>();
    private final ArrayDeque<String> outbox = new ArrayDeque<>();
    /**
     * Frames of the snapshot or replay still in the outbox. They are bounded by the replay limit
     * and say nothing about the client's speed, so {@link #MAX_OUTBOX} counts only what follows.
     */
    private int catchUpLeft;
    private boolean sending;
    private long gapSince;
    private boolean closing;

    FloorSubscriber(WebSocketConnection connection, String center, Long deviceId, DeviceUpgradeCheck.SignedIn staff,
            Set<FloorSubscriber> withOpenGap) {
        this.connection = connection;
        this.center = center;
        this.deviceId = deviceId;
        this.staff = staff;
        this.withOpenGap = withOpenGap;
    }

    /** The snapshot or replay has been read up to {@code seq}: send it, then what came meanwhile. */
    synchronized void synced(long seq, List<String> frames) {
        lastSeq = seq;
        outbox.addAll(frames);
        catchUpLeft = frames.size();
        deliverInOrder();
    }

    /** An event as its frame, written once for all the center's screens. */
    synchronized void offer(long seq, String frame) {
        if (closing || (lastSeq >= 0 && seq <= lastSeq)) {
            return;
        }
        early.put(seq, frame);
        if (lastSeq >= 0) {
            deliverInOrder();
        } else if (early.size() > MAX_OUTBOX) {
            resync("too many events while syncing");
        }
    }

    /**
     * Called periodically while a gap is open: one that does not fill (an event lost in
     * publishing) is repaired by a resync; a filled one leaves the hub's watch.
     */
    synchronized void checkGap(long now) {
        if (gapSince != 0 && !closing && now - gapSince > MAX_GAP_NANOS) {
            resync("missing event " + (lastSeq + 1));
        }
        if (gapSince == 0 || closing) {
            withOpenGap.remove(this);
        }
    }

    /** Its connection has closed: nothing more is queued or sent, and the hub's timer forgets it. */
    synchronized void closed() {
        closing = true;
        outbox.clear();
        early.clear();
        catchUpLeft = 0;
        withOpenGap.remove(this);
    }

    synchronized void close(CloseReason reason) {
        if (!closing) {
            closing = true;
            outbox.clear();
            catchUpLeft = 0;
            connection.close(reason).subscribe().with(ok -> { }, e -> { });
        }
    }

    private void deliverInOrder() {
        while (!early.isEmpty() && early.firstKey() <= lastSeq) {
            early.pollFirstEntry();
        }
        while (!early.isEmpty() && early.firstKey() == lastSeq + 1) {
            var next = early.pollFirstEntry();
            lastSeq = next.getKey();
            enqueue(next.getValue());
        }
        if (early.isEmpty()) {
            gapSince = 0;
        } else if (gapSince == 0) {
            gapSince = System.nanoTime();
            withOpenGap.add(this);
        }
        pump();
    }

    private void enqueue(String frame) {
        if (outbox.size() - catchUpLeft >= MAX_OUTBOX) {
            resync("client too slow");
            return;
        }
        outbox.add(frame);
    }

    private void pump() {
        if (sending || closing || outbox.isEmpty()) {
            return;
        }
        sending = true;
        String frame = outbox.poll();
        if (catchUpLeft > 0) {
            catchUpLeft--;
        }
        connection.sendText(frame).subscribe().with(ok -> sent(), failure -> {
            LOG.debugf("Floor frame to %s not sent: %s", connection.id(), failure.getMessage());
            close(RESYNC);
        });
    }

    private synchronized void sent() {
        sending = false;
        pump();
    }

    private void resync(String why) {
        LOG.infof("Floor socket %s of %s resynced: %s", connection.id(), center, why);
        close(RESYNC);
    }
}
