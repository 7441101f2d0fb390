package org.onedoor.device.bridge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Orders the reads of what counters' displays should show. Reads finish in any order, so each one
 * is numbered when it is asked for, and its answer is sent only if no newer read of the same
 * counter was asked for meanwhile: a slow read never puts an old number back up. A read of all
 * of a center's counters (a bridge's Hello) is outranked, counter by counter, by any single
 * counter's read asked after it, which tells the same bridge the newer state itself. A read after
 * the center's layout changed outranks every read of its counters asked before it: one of those
 * may still hold a counter's old display address, and would light the board it just gave up.
 */
final class DisplayReads {

    private final AtomicLong reads = new AtomicLong();
    /** The newest read asked for each counter ("center/number"); one entry a counter with a display. */
    private final Map<String, Long> newest = new ConcurrentHashMap<>();
    /** Per center, the read after its latest layout change: reads of its counters asked before it are stale. */
    private final Map<String, Long> layoutRead = new ConcurrentHashMap<>();

    /** A read of one counter starts: its number. */
    long askOne(String counter) {
        long read = reads.incrementAndGet();
        newest.merge(counter, read, Math::max);
        return read;
    }

    /** A read of every counter starts: its number. */
    long askAll() {
        return reads.incrementAndGet();
    }

    /** A read of every counter of a center whose layout changed starts: its number. */
    long askAfterLayoutChange(String center) {
        long read = reads.incrementAndGet();
        layoutRead.merge(center, read, Math::max);
        return read;
    }

    /** Whether what read number {@code read} found for this counter ("center/number") is still the newest asked for. */
    boolean isNewest(String counter, long read) {
        String center = counter.substring(0, counter.lastIndexOf('/'));
        return newest.getOrDefault(counter, 0L) <= read && layoutRead.getOrDefault(center, 0L) <= read;
    }
}
