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
 * <p>In memory, on each node (sign-in attempts are counted in PostgreSQL for all nodes): a user
 * whose claims a load balancer spreads over N nodes gets N times the tries, which for a code
 * that lives ten minutes among a million is still a few in ten thousand (docs/security.md).
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

    /**
     * Takes a try for {@code user}, counted as wrong until {@link #rightCode} gives it back: checked
     * and counted in one step, so claims sent all at once cannot pass the check before any is
     * counted. 429 while the user has had too many wrong codes in the window.
     */
    void take(String user) {
        Instant now = clock.instant();
        Tries[] refused = {null};
        byUser.compute(user, (k, t) -> {
            if (t == null || !ends(t).isAfter(now)) {
                return new Tries(1, now);
            }
            if (t.wrong() >= MOST_WRONG) {
                refused[0] = t;
                return t;
            }
            return new Tries(t.wrong() + 1, t.since());
        });
        if (refused[0] != null) {
            Duration left = Duration.between(now, ends(refused[0]));
            long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
            throw new TooManyRequests(w -> w.tooManyPairingTries(MOST_WRONG, minutes), left);
        }
        if (byUser.size() > PRUNE_ABOVE) {
            byUser.values().removeIf(t -> !ends(t).isAfter(now));
        }
    }

    /** The try taken was a code a device shows: it does not count. */
    void rightCode(String user) {
        byUser.computeIfPresent(user, (k, t) -> t.wrong() <= 1 ? null : new Tries(t.wrong() - 1, t.since()));
    }

    private static Instant ends(Tries tries) {
        return tries.since().plus(WINDOW);
    }
}
