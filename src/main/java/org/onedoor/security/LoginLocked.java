package org.onedoor.security;

import java.time.Duration;

/**
 * A sign-in refused without looking at the password: the username or the client address has
 * failed too often. It travels as the cause of an AuthenticationFailedException (a final class),
 * so every path that handles a wrong password handles this too; {@link #in} finds it, and
 * ProblemMappers answers it 429 with Retry-After, not 401.
 */
public class LoginLocked extends RuntimeException {

    private final Duration retryAfter;

    public LoginLocked(Duration retryAfter) {
        super("Too many failed sign-ins", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** The lock behind a failed authentication, if that is why it failed. */
    public static LoginLocked in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LoginLocked locked) {
                return locked;
            }
        }
        return null;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes to wait, at least one: what the sign-in page tells a person. */
    public long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }
}
