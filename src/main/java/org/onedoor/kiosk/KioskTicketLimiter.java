package org.onedoor.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onedoor.common.TooManyRequests;

/**
 * A token bucket per kiosk device: {@link KioskLimits#burst()} tickets at once, then one every
 * 60 / {@link KioskLimits#perMinute()} seconds. A refused kiosk gets a 429 before anything is
 * read or written, so a hammering kiosk costs the database nothing either.
 *
 * <p>In memory, on each node: a kiosk's requests go to the node it is connected to, and after a
 * restart a kiosk starts with a full bucket, which is at most one burst. In cluster mode a kiosk
 * whose requests a load balancer spreads over N nodes could issue up to N times the rate; the
 * field's daily cap still bounds the day (see docs/security.md).
 */
@ApplicationScoped
public class KioskTicketLimiter {

    /** What is left in a kiosk's bucket, as of {@code at}. */
    private record Bucket(double tokens, Instant at) {
    }

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    KioskLimits limits;

    @Inject
    Clock clock;

    /** Takes one ticket's worth from the kiosk's bucket, or refuses with how long to wait. */
    public void take(long kioskId) {
        if (limits.perMinute() <= 0) {
            return;
        }
        double perSecond = limits.perMinute() / 60.0;
        int burst = Math.max(1, limits.burst());
        Instant now = clock.instant();
        double[] missing = {0};
        buckets.compute(kioskId, (id, bucket) -> {
            double tokens = bucket == null ? burst
                    : Math.min(burst, bucket.tokens() + perSecond * Math.max(0, seconds(bucket.at(), now)));
            if (tokens >= 1) {
                missing[0] = 0;
                return new Bucket(tokens - 1, now);
            }
            missing[0] = 1 - tokens;
            return new Bucket(tokens, now);
        });
        if (missing[0] > 0) {
            Duration wait = Duration.ofMillis((long) Math.ceil(missing[0] / perSecond * 1000));
            throw new TooManyRequests(w -> w.kioskTooFast(limits.perMinute(),
                    Math.max(1, (wait.toMillis() + 999) / 1000)), wait);
        }
    }

    /**
     * Returns the ticket's worth taken for an issue that failed because the database was away:
     * nothing was issued, and a kiosk retrying through an outage must not come back throttled.
     */
    public void giveBack(long kioskId) {
        int burst = Math.max(1, limits.burst());
        buckets.computeIfPresent(kioskId, (id, bucket) -> new Bucket(Math.min(burst, bucket.tokens() + 1), bucket.at()));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
