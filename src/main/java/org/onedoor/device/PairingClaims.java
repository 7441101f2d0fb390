package org.onedoor.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onedoor.common.TooManyRequests;

/**
 * Wrong pairing codes per user: a code is six digits and any manager of the province may claim
 * one, so a script trying codes one after another would take over every screen that is being
 * set up, in any center. {@link #MOST_WRONG} wrong codes in {@link #WINDOW} stop the user's
 * claims until the window ends (a person mistypes a code once or twice).
 *
 * <p>In memory, on each node, as sign-in attempts are (docs/security.md).
 */
@ApplicationScoped
public class PairingClaims {

    static final int MOST_WRONG = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int PRUNE_ABOVE = 10_000;

    private record Tries(int wrong, Instant since) {
    }

    private final Map<String, Tries> byUser = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** 429 while {@code user} has had too many wrong codes in the window. */
    void check(String user) {
        Instant now = clock.instant();
        Tries tries = byUser.get(user);
        if (tries != null && tries.wrong() >= MOST_WRONG && ends(tries).isAfter(now)) {
            Duration left = Duration.between(now, ends(tries));
            long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
            throw new TooManyRequests(w -> w.tooManyPairingTries(MOST_WRONG, minutes), left);
        }
    }

    /** A code no device shows (or one that expired). */
    void wrong(String user) {
        Instant now = clock.instant();
        byUser.compute(user, (k, t) -> t == null || !ends(t).isAfter(now) ? new Tries(1, now) : new Tries(t.wrong() + 1, t.since()));
        if (byUser.size() > PRUNE_ABOVE) {
            byUser.values().removeIf(t -> !ends(t).isAfter(now));
        }
    }

    private static Instant ends(Tries tries) {
        return tries.since().plus(WINDOW);
    }
}
