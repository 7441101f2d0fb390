package org.onedoor.bridge.link;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between reconnect attempts: 0.5 s doubling to 30 s, each with up to a quarter of random
 * jitter so that many bridges behind one restarted server do not all knock at the same instant.
 */
final class Backoff {

    static final long FIRST_MILLIS = 500;
    static final long MAX_MILLIS = 30_000;

    private long next = FIRST_MILLIS;

    /** The wait before the next attempt; each call doubles the one after. */
    synchronized long nextDelayMillis() {
        long base = next;
        next = Math.min(MAX_MILLIS, next * 2);
        return base + ThreadLocalRandom.current().nextLong(base / 4 + 1);
    }

    /**
     * The next wait, but not shorter than the server asked (Retry-After, capped at the longest
     * wait), jittered too so that its bridges do not all come back at the same instant.
     */
    synchronized long nextDelayMillis(long askedMillis) {
        long own = nextDelayMillis();
        long asked = Math.min(askedMillis, MAX_MILLIS);
        return asked <= own ? own : asked + ThreadLocalRandom.current().nextLong(asked / 4 + 1);
    }

    /** After a refusal that will not cure itself soon (a wrong token): go straight to the longest wait. */
    synchronized long slowDelayMillis() {
        next = MAX_MILLIS;
        return nextDelayMillis();
    }

    synchronized void reset() {
        next = FIRST_MILLIS;
    }
}
