package org.onedoor.floor.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.onedoor.floor.FloorEvent;

/**
 * Puts one center's events back in sequence order before any screen sees them. Transactions
 * commit in sequence order, but each publishes from its own thread (or, in a cluster, its own
 * node), so under load event 41 can arrive after 42. Without this, each of a hall's screens would
 * wait for 41 on its own and, past its patience, reconnect and read the log — dozens of readers
 * for one late event, just when the server is busiest. Here the center waits once, and when an
 * event stays missing the hub reads it from the log once ({@link #missing}).
 */
final class CenterSequencer {

    /** The next sequence number to hand on; -1 until the first event. */
    private long next = -1;
    private final TreeMap<Long, FloorEvent> held = new TreeMap<>();
    /** When the oldest gap opened (System.nanoTime), 0 without one. */
    private long gapSince;
    /** A read of the log for the gap is on its way. */
    private boolean filling;
    /** The highest sequence number read as committed from the center's row; -1 until one was. */
    private long committed = -1;

    /**
     * Takes an event; hands on, in order, every event that is now next.
     *
     * @return how long the events it released had been held for a missing one (nanoseconds; 0 if none was)
     */
    synchronized long accept(FloorEvent event, Consumer<FloorEvent> deliver) {
        if (next < 0) {
            next = event.seq();
        }
        if (event.seq() < next) {
            return 0; // already handed on (a repeat, or found in the log before it came)
        }
        held.put(event.seq(), event);
        return drain(deliver);
    }

    /**
     * A screen of the center has synced up to {@code seq}: before the first event, the sequencer
     * starts from the one after it. Otherwise it would start from whichever event came first, and
     * one committed before it but arriving after it (after a restart, under load, from another
     * node) would be dropped as "already handed on", closing every screen of the center to resync.
     */
    synchronized void screenSynced(long seq) {
        if (next < 0) {
            next = seq + 1;
        }
    }

    /** The last sequence number handed on; -1 before the first. */
    synchronized long handedOn() {
        return next < 0 ? -1 : next - 1;
    }

    /**
     * The center's row says events up to {@code seq} have committed. A gap shows only when a later
     * event arrives; when the last ones are lost on the way (a broker that dropped them while a
     * node reconnected) and the floor goes quiet, nothing would arrive to show it. So an event
     * committed and not handed on opens a gap like any other, and the log fills it.
     */
    synchronized void committedUpTo(long seq, long now) {
        if (next < 0 || seq < next) {
            return;
        }
        committed = Math.max(committed, seq);
        if (gapSince == 0) {
            gapSince = now;
        }
    }

    /** The range still missing, [from, to], when a gap has been open longer than {@code patienceNanos}; else null. */
    synchronized long[] missing(long now, long patienceNanos) {
        long to = held.isEmpty() ? committed : held.firstKey() - 1;
        if (to < next || gapSince == 0 || now - gapSince < patienceNanos) {
            return null;
        }
        return new long[] {next, to};
    }

    /** Whether the caller should read the log for the gap (no other read is on its way). */
    synchronized boolean startFilling() {
        if (filling) {
            return false;
        }
        filling = true;
        return true;
    }

    synchronized void fillFailed() {
        filling = false;
    }

    /** Events read from the log for a gap: handed on with what they release; returns as {@link #accept} does. */
    synchronized long fill(List<FloorEvent> fromLog, Consumer<FloorEvent> deliver) {
        filling = false;
        for (FloorEvent event : fromLog) {
            if (event.seq() >= next) {
                held.putIfAbsent(event.seq(), event);
            }
        }
        return drain(deliver);
    }

    /**
     * Gives up on a gap the log could not fill. When later events are held, they go on and the
     * screens' own checks see the jump and resync; when the lost events were the last ones, no
     * screen can see anything missing.
     *
     * @return true when the skipped events were the last: the caller must make the screens resync
     */
    synchronized boolean skipGap(Consumer<FloorEvent> deliver) {
        filling = false;
        if (!held.isEmpty()) {
            next = held.firstKey();
            drain(deliver);
            return false;
        }
        if (committed >= next) {
            next = committed + 1;
            gapSince = 0;
            return true;
        }
        return false;
    }

    /** Hands on what is next; returns how long it waited behind the gap it closed (0 without one). */
    private long drain(Consumer<FloorEvent> deliver) {
        List<FloorEvent> ready = new ArrayList<>();
        while (!held.isEmpty() && held.firstKey() == next) {
            Map.Entry<Long, FloorEvent> first = held.pollFirstEntry();
            ready.add(first.getValue());
            next++;
        }
        long now = System.nanoTime();
        long waited = ready.isEmpty() || gapSince == 0 ? 0 : Math.max(1, now - gapSince);
        gapSince = held.isEmpty() ? 0 : gapSince == 0 || !ready.isEmpty() ? now : gapSince;
        ready.forEach(deliver);
        return waited;
    }
}
