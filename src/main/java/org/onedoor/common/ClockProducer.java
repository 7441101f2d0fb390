package org.onedoor.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Every timestamp comes from this clock, so tests can script a day with known times. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        // PostgreSQL keeps microseconds: ticking in micros makes a timestamp read back equal to
        // the one the API returned when it was written.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
