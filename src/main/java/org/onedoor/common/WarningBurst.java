package org.onedoor.common;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A warning that comes by the thousand when it comes at all: a node's screens all refused at once
 * while the database is busy or away (a reconnect storm wrote 33,000 such lines in 40 s, each a
 * synchronous write on an event loop). The first of a burst is written as it comes; the rest are
 * counted and written as one line {@link #EVERY_SECONDS} later.
 */
public final class WarningBurst {

    static final long EVERY_SECONDS = 10;

    private final String what;
    private final Consumer<String> log;
    private final AtomicLong counted = new AtomicLong();
    private final AtomicBoolean inBurst = new AtomicBoolean();

    /** @param what what is counted, for the summary ("socket upgrades refused") */
    public WarningBurst(String what, Consumer<String> log) {
        this.what = what;
        this.log = log;
    }

    public void warn(String line) {
        if (inBurst.compareAndSet(false, true)) {
            log.accept(line);
            Infrastructure.getDefaultWorkerPool().schedule(this::summarize, EVERY_SECONDS, TimeUnit.SECONDS);
        } else {
            counted.incrementAndGet();
        }
    }

    /** Writes what was counted since the burst's first line, and ends the burst if nothing was. */
    void summarize() {
        long n = counted.getAndSet(0);
        if (n == 0) {
            inBurst.set(false);
            return;
        }
        log.accept(n + " more " + what + " in the last " + EVERY_SECONDS + " s (like the line before)");
        Infrastructure.getDefaultWorkerPool().schedule(this::summarize, EVERY_SECONDS, TimeUnit.SECONDS);
    }
}
