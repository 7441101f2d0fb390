package org.onedoor.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * How many wrong passwords the sign-in form and HTTP Basic take (onedoor.login.*).
 *
 * <p>A username is locked briefly and the lock doubles each time (1, 2, 4, 8, then 15 minutes):
 * a password guesser gets about twenty tries an hour, while an officer who mistypes five times
 * waits one minute. An address gets more failures than one user (a commune office signs in
 * from behind one NAT) but a longer lock, so one machine cannot go through the staff list
 * locking everyone: it is stopped after a few users. Sessions already open are not affected.
 */
@ConfigMapping(prefix = "onedoor.login")
public interface LoginLimits {

    /** Wrong passwords in a row that lock a username. */
    @WithDefault("5")
    int userFailures();

    /** The first lock of a username; each further lock doubles it. */
    @WithDefault("PT1M")
    Duration userLock();

    /** The longest lock of a username. */
    @WithDefault("PT15M")
    Duration userLockMax();

    /** Wrong passwords, for any usernames, that lock a client address... */
    @WithDefault("20")
    int addressFailures();

    /** ...within this time from its first one. */
    @WithDefault("PT10M")
    Duration addressWindow();

    /** How long a locked address waits. */
    @WithDefault("PT10M")
    Duration addressLock();

    /**
     * Client addresses that are neither counted nor locked. None in production. The test profile
     * names 127.0.0.1: every test shares one server from that address, FuzzTest sends wrong
     * passwords for "admin" on purpose, and LoginLimitTest tests the limits from other addresses.
     */
    Optional<Set<String>> unlimitedAddresses();
}
