package org.onedoor.security;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong passwords per username and per client address and locks them for a while (see
 * {@link LoginLimits} for the numbers and why). Unknown usernames count like real ones, so the
 * lock tells nobody which usernames exist.
 *
 * <p>In memory, on each node: a restart forgets the counts, and in cluster mode each node counts
 * on its own, so a guesser spread over N nodes gets N times the tries (docs/security.md).
 */
@ApplicationScoped
public class LoginAttempts {

    /** A username with no failure for this long starts again from a one-minute lock. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** Beyond this many remembered keys, stale ones are dropped (a flood of made-up usernames). */
    private static final int PRUNE_ABOVE = 10_000;

    private record UserState(int failures, int locks, Instant lockedUntil, Instant lastFailure) {
    }

    private record AddressState(int failures, Instant windowStart, Instant lockedUntil) {
    }

    private final Map<String, UserState> users = new ConcurrentHashMap<>();
    private final Map<String, AddressState> addresses = new ConcurrentHashMap<>();

    @Inject
    LoginLimits limits;

    @Inject
    Clock clock;

    /** Refuses an attempt, before any password is checked, while the username or address is locked. */
    public void check(String username, String address) {
        if (unlimited(address)) {
            return;
        }
        Instant now = clock.instant();
        Instant until = null;
        UserState user = users.get(key(username));
        if (user != null && user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            until = user.lockedUntil();
        }
        AddressState from = address == null ? null : addresses.get(address);
        if (from != null && from.lockedUntil() != null && from.lockedUntil().isAfter(now)
                && (until == null || from.lockedUntil().isAfter(until))) {
            until = from.lockedUntil();
        }
        if (until != null) {
            throw new AuthenticationFailedException(new LoginLocked(Duration.between(now, until)));
        }
    }

    /**
     * A wrong password (or an unknown username).
     *
     * @return whether this failure locked the username or the address
     */
    public boolean failed(String username, String address) {
        if (unlimited(address)) {
            return false;
        }
        Instant now = clock.instant();
        boolean[] locked = {false};
        users.compute(key(username), (k, s) -> {
            if (s == null || s.lastFailure().plus(FORGET_AFTER).isBefore(now)) {
                s = new UserState(0, 0, null, now);
            }
            if (s.failures() + 1 < limits.userFailures()) {
                return new UserState(s.failures() + 1, s.locks(), s.lockedUntil(), now);
            }
            int locks = s.locks() + 1;
            locked[0] = true;
            return new UserState(0, locks, now.plus(userLock(locks)), now);
        });
        if (address != null) {
            addresses.compute(address, (k, s) -> {
                if (s == null || !s.windowStart().plus(limits.addressWindow()).isAfter(now)) {
                    s = new AddressState(0, now, s == null ? null : s.lockedUntil());
                }
                if (s.failures() + 1 < limits.addressFailures()) {
                    return new AddressState(s.failures() + 1, s.windowStart(), s.lockedUntil());
                }
                locked[0] = true;
                return new AddressState(0, now, now.plus(limits.addressLock()));
            });
        }
        if (users.size() > PRUNE_ABOVE || addresses.size() > PRUNE_ABOVE) {
            prune(now);
        }
        return locked[0];
    }

    /** The right password, outside any lock: the username's count starts again. */
    public void succeeded(String username) {
        users.remove(key(username));
    }

    /** 1, 2, 4… times the first lock, up to the longest. */
    private Duration userLock(int locks) {
        Duration lock = limits.userLock().multipliedBy(1L << Math.min(locks - 1, 20));
        return lock.compareTo(limits.userLockMax()) > 0 ? limits.userLockMax() : lock;
    }

    private void prune(Instant now) {
        users.entrySet().removeIf(e -> e.getValue().lastFailure().plus(FORGET_AFTER).isBefore(now));
        addresses.entrySet().removeIf(e -> !e.getValue().windowStart().plus(limits.addressWindow()).isAfter(now)
                && (e.getValue().lockedUntil() == null || !e.getValue().lockedUntil().isAfter(now)));
    }

    private boolean unlimited(String address) {
        return address != null && limits.unlimitedAddresses().map(a -> a.contains(address)).orElse(false);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
