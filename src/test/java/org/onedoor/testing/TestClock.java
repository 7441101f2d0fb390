package org.onedoor.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's clock in tests: the real time plus an offset the test may move, so a test can
 * step into the next service day or let service minutes pass; or frozen, for figures to the second.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private final AtomicReference<Instant> frozen = new AtomicReference<>();

    public void advance(Duration by) {
        offset.updateAndGet(d -> d.plus(by));
        frozen.updateAndGet(f -> f == null ? null : f.plus(by));
    }

    /** Stops the clock at {@code at}: from now on only {@link #advance} moves it, to the nanosecond. */
    public void freezeAt(Instant at) {
        frozen.set(at);
    }

    /** Back to the real time plus the offset. */
    public void unfreeze() {
        frozen.set(null);
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen.get();
        return stopped != null ? stopped : Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The server works in UTC instants");
    }
}
