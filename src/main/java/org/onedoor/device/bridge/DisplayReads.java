package org.onedoor.device.bridge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Orders the reads of what counters' displays should show. Reads finish in any order, so each one
 * is numbered when it is asked for, and its answer is sent only if no newer read of the same
 * counter was asked for meanwhile: a slow read never puts an old number back up. A read of all
 * of a center's counters (a bridge's Hello) is outranked, counter by counter, by any single
 * counter's read asked after it, which tells the same bridge the newer state itself.
 */
final class DisplayReads {

    private final AtomicLong reads = new AtomicLong();
    /** The newest read asked for each counter ("center/number"); one entry a counter with a display. */
    private final Map<String, Long> newest = new ConcurrentHashMap<>();

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

    /** Whether what read number {@code read} found for this counter is still the newest asked for. */
    boolean isNewest(String counter, long read) {
        return newest.getOrDefault(counter, 0L) <= read;
    }
}
