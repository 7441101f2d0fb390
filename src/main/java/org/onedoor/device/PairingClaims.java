package org.onedoor.device;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;
import org.onedoor.common.TooManyRequests;

/**
 * Wrong pairing codes per user: a code is six digits and any manager of the province may claim
 * one, so a script trying codes one after another would take over every screen that is being
 * set up, in any center. {@link #MOST_WRONG} wrong codes in {@link #WINDOW} stop the user's
 * claims until the window ends (a person mistypes a code once or twice).
 *
 * <p>Counted in PostgreSQL ({@code sign_in_limit}, kind PAIRING), so every node of a cluster
 * counts the same tries and a restart forgets none; the periodic clean-up of sign-in counts
 * deletes a window an hour old. Claiming is rare: one statement each costs nothing.
 */
@ApplicationScoped
public class PairingClaims {

    static final int MOST_WRONG = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(PairingClaims.class);

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    /**
     * Takes a try for {@code user}, counted as wrong until {@link #rightCode} gives it back: checked
     * and counted in one statement, so claims sent all at once, to any nodes, cannot pass the check
     * before any is counted. Fails with 429 while the user has had too many wrong codes in the window.
     */
    Uni<Void> take(String user) {
        Instant now = clock.instant();
        // a window that has ended starts again with this try; beyond the most, the count stays one
        // above it, so that a refused try is told apart from the last allowed one
        return pool.preparedQuery("INSERT INTO sign_in_limit AS l (kind, key, failures, locks, since) VALUES ('PAIRING', $1, 1, 0, $2)"
                        + " ON CONFLICT (kind, key) DO UPDATE SET"
                        + " failures = CASE WHEN l.since <= $3 THEN 1 ELSE least(l.failures + 1, $4) END,"
                        + " since = CASE WHEN l.since <= $3 THEN $2 ELSE l.since END"
                        + " RETURNING failures, since")
                .execute(Tuple.of(user, now.atOffset(ZoneOffset.UTC), now.minus(WINDOW).atOffset(ZoneOffset.UTC),
                        MOST_WRONG + 1))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    if (row.getInteger("failures") > MOST_WRONG) {
                        Duration left = Duration.between(now, row.getOffsetDateTime("since").toInstant().plus(WINDOW));
                        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
                        throw new TooManyRequests(DeviceProblems.class, w -> w.tooManyPairingTries(MOST_WRONG, minutes), left);
                    }
                    return null;
                });
    }

    /** The try taken was a code a device shows: it does not count. Best effort: the pairing stands anyway. */
    Uni<Void> rightCode(String user) {
        return pool.preparedQuery("UPDATE sign_in_limit SET failures = failures - 1"
                        + " WHERE kind = 'PAIRING' AND key = $1 AND failures > 0")
                .execute(Tuple.of(user))
                .onFailure().invoke(e -> LOG.warnf("A right pairing code was still counted as wrong: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
