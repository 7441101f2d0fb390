package org.onedoor.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * Counts wrong passwords per username and per client address and locks them for a while (see
 * {@link LoginLimits} for the numbers and why). Unknown usernames count like real ones, so the
 * lock tells nobody which usernames exist.
 *
 * <p>The counts are in PostgreSQL ({@code sign_in_limit}), so every node of a cluster counts the
 * same failures and a restart forgets none: in each node's memory, a guesser spread over N nodes
 * got N times the tries. A wrong password is slow anyway (bcrypt), so its two statements cost
 * nothing a user notices. The locks a node has seen are also kept in its memory: once locked, a
 * guesser's flood is refused without a query, and a Basic client whose password this node has
 * already verified is not asked about on every request.
 */
@ApplicationScoped
public class LoginAttempts {

    /** A username with no failure for this long starts again from a one-minute lock. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** How often rows nobody needs any more are deleted. */
    static final Duration CLEAN_EVERY = Duration.ofMinutes(10);

    /** Beyond this many locks held in memory, expired ones are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class);

    private enum Kind {
        USER, ADDRESS
    }

    /** One row of sign_in_limit, as read under its lock. */
    private record Count(int failures, int locks, Instant since, Instant lockedUntil) {
    }

    /** Locks seen on this node: "USER:name" or "ADDRESS:1.2.3.4" → until when. */
    private final Map<String, Instant> locks = new ConcurrentHashMap<>();
    private long cleaner = -1;

    @Inject
    LoginLimits limits;

    @Inject
    Clock clock;

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    void start(@Observes StartupEvent event) {
        cleaner = vertx.setPeriodic(CLEAN_EVERY.toMillis(), id -> clean()
                .subscribe().with(done -> { }, e -> LOG.debugf("Old sign-in counts not cleaned: %s", e.getMessage())));
    }

    void stop(@Observes ShutdownEvent event) {
        if (cleaner >= 0) {
            vertx.cancelTimer(cleaner);
        }
    }

    /**
     * Refuses an attempt, before any password is checked, while this node knows the username or
     * address locked. Before a password is verified, {@link #checkShared} asks what every node counted.
     */
    public void check(String username, String address) {
        if (unlimited(address)) {
            return;
        }
        Instant now = clock.instant();
        Instant until = later(locks.get(key(Kind.USER, username)), address == null ? null : locks.get(key(Kind.ADDRESS, address)));
        refuseIfLocked(until, now);
    }

    /** Refuses the attempt while the username or the address is locked by failures on any node. */
    public Uni<Void> checkShared(String username, String address) {
        if (unlimited(address)) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("SELECT kind, locked_until FROM sign_in_limit"
                        + " WHERE locked_until IS NOT NULL AND ((kind = 'USER' AND key = $1) OR (kind = 'ADDRESS' AND key = $2))")
                .execute(Tuple.of(name(username), address))
                .map(rows -> {
                    Instant now = clock.instant();
                    Instant until = null;
                    for (Row row : rows) {
                        Instant lockedUntil = instant(row.getOffsetDateTime("locked_until"));
                        Kind kind = Kind.valueOf(row.getString("kind"));
                        learn(kind == Kind.USER ? key(kind, username) : key(kind, address), lockedUntil, now);
                        until = later(until, lockedUntil);
                    }
                    refuseIfLocked(until, now);
                    return null;
                });
    }

    /**
     * A wrong password (or an unknown username), counted for the username and the address.
     *
     * @return whether this failure locked either of them
     */
    public Uni<Boolean> failed(String username, String address) {
        if (unlimited(address)) {
            return Uni.createFrom().item(false);
        }
        Instant now = clock.instant();
        return pool.withTransaction(connection -> countUser(connection, username, now)
                .chain(userLocked -> address == null ? Uni.createFrom().item(userLocked)
                        : countAddress(connection, address, now).map(addressLocked -> userLocked || addressLocked)))
                // the refusal still goes out (a 401, audited): a busy database must not turn it into an error
                .onFailure().invoke(e -> LOG.warnf("A wrong password was not counted: %s", e.getMessage()))
                .onFailure().recoverWithItem(false);
    }

    /**
     * The right password, outside any lock: the username's count starts again. A lock another
     * node wrote since the check stays. Best effort: a sign-in is not refused for want of this.
     */
    public Uni<Void> succeeded(String username) {
        locks.remove(key(Kind.USER, username));
        return pool.preparedQuery("DELETE FROM sign_in_limit WHERE kind = 'USER' AND key = $1"
                        + " AND (locked_until IS NULL OR locked_until <= $2)")
                .execute(Tuple.of(name(username), at(clock.instant())))
                .onFailure().invoke(e -> LOG.warnf("A sign-in's count was not started again: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** A username's failures in a row: every {@code userFailures} of them lock it, each lock twice as long. */
    private Uni<Boolean> countUser(SqlConnection connection, String username, Instant now) {
        return count(connection, Kind.USER, username, now, count -> {
            Count before = count.since().plus(FORGET_AFTER).isBefore(now) ? new Count(0, 0, now, null) : count;
            return before.failures() + 1 >= limits.userFailures()
                    ? new Count(0, before.locks() + 1, now, now.plus(userLock(before.locks() + 1)))
                    : new Count(before.failures() + 1, before.locks(), now, before.lockedUntil());
        });
    }

    /** An address's failures for any usernames within a window from its first. */
    private Uni<Boolean> countAddress(SqlConnection connection, String address, Instant now) {
        return count(connection, Kind.ADDRESS, address, now, count -> {
            Count before = count.since().plus(limits.addressWindow()).isAfter(now) ? count
                    : new Count(0, 0, now, count.lockedUntil());
            return before.failures() + 1 >= limits.addressFailures() ? new Count(0, 0, now, now.plus(limits.addressLock()))
                    : new Count(before.failures() + 1, 0, before.since(), before.lockedUntil());
        });
    }

    /**
     * Adds one failure to the key's row by {@code rule} (the count before → after) and writes it.
     *
     * @return whether it locked the key: a lock starts the count again, so only a locking failure leaves none
     */
    private Uni<Boolean> count(SqlConnection connection, Kind kind, String value, Instant now, UnaryOperator<Count> rule) {
        String key = kind == Kind.USER ? name(value) : value;
        return lockedRow(connection, kind, key, now).chain(count -> {
            Count after = rule.apply(count);
            boolean locking = after.failures() == 0;
            if (locking) {
                learn(key(kind, value), after.lockedUntil(), now);
            }
            return write(connection, kind, key, after).replaceWith(locking);
        });
    }

    /** The row of the key, created empty if it has none, locked until the transaction ends. */
    private Uni<Count> lockedRow(SqlConnection connection, Kind kind, String key, Instant now) {
        // the no-op update locks an existing row and returns it, so two nodes' failures add up
        return connection.preparedQuery("INSERT INTO sign_in_limit (kind, key, failures, locks, since) VALUES ($1, $2, 0, 0, $3)"
                        + " ON CONFLICT (kind, key) DO UPDATE SET kind = EXCLUDED.kind"
                        + " RETURNING failures, locks, since, locked_until")
                .execute(Tuple.of(kind.name(), key, at(now)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Count(row.getInteger("failures"), row.getInteger("locks"),
                            instant(row.getOffsetDateTime("since")), instant(row.getOffsetDateTime("locked_until")));
                });
    }

    private static Uni<Void> write(SqlConnection connection, Kind kind, String key, Count count) {
        return connection.preparedQuery("UPDATE sign_in_limit SET failures = $3, locks = $4, since = $5, locked_until = $6"
                        + " WHERE kind = $1 AND key = $2")
                .execute(Tuple.from(new Object[] {kind.name(), key, count.failures(), count.locks(), at(count.since()),
                        at(count.lockedUntil())}))
                .replaceWithVoid();
    }

    /**
     * Deletes what no longer counts: a username's failures an hour old (its next failure would start
     * again anyway), an address's window that has ended, and neither while a lock holds. The rows
     * of wrong pairing codes (PairingClaims, a ten-minute window) go with them.
     */
    Uni<Void> clean() {
        Instant now = clock.instant();
        locks.values().removeIf(until -> !until.isAfter(now));
        Instant oldest = now.minus(FORGET_AFTER.compareTo(limits.addressWindow()) > 0 ? FORGET_AFTER : limits.addressWindow());
        // rows a failure is counting right now are left for next time: locking them in the scan's
        // order could deadlock with a failure that locks its user's row, then its address's
        return pool.preparedQuery("DELETE FROM sign_in_limit WHERE ctid IN (SELECT ctid FROM sign_in_limit"
                        + " WHERE since < $1 AND (locked_until IS NULL OR locked_until < $2) FOR UPDATE SKIP LOCKED)")
                .execute(Tuple.of(at(oldest), at(now))).replaceWithVoid();
    }

    /** 1, 2, 4… times the first lock, up to the longest. */
    private Duration userLock(int times) {
        Duration lock = limits.userLock().multipliedBy(1L << Math.min(times - 1, 20));
        return lock.compareTo(limits.userLockMax()) > 0 ? limits.userLockMax() : lock;
    }

    private void learn(String key, Instant until, Instant now) {
        if (until.isAfter(now)) {
            locks.merge(key, until, (a, b) -> a.isAfter(b) ? a : b);
        }
        if (locks.size() > PRUNE_ABOVE) {
            locks.values().removeIf(held -> !held.isAfter(now));
        }
    }

    private static void refuseIfLocked(Instant until, Instant now) {
        if (until != null && until.isAfter(now)) {
            throw new AuthenticationFailedException(new LoginLocked(Duration.between(now, until)));
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private boolean unlimited(String address) {
        return address != null && limits.unlimitedAddresses().map(a -> a.contains(address)).orElse(false);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static String name(String username) {
        // PostgreSQL's text cannot hold a NUL: a name typed with one is counted with U+FFFD instead
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT).replace('\0', '\uFFFD');
        // the column holds 300: longer names are cut, still counted together with their start
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    private static String key(Kind kind, String value) {
        return kind + ":" + (kind == Kind.USER ? name(value) : value);
    }
}
