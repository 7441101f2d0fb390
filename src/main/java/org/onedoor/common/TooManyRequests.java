package org.onedoor.common;

import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.util.function.Function;

/**
 * A refusal because a client asks too often (429): nothing was done, and the Retry-After header
 * says when to ask again, so a well-behaved client (the kiosk page, a script) waits instead of
 * hammering.
 */
public class TooManyRequests extends Problem {

    private final long retryAfterSeconds;

    public TooManyRequests(Function<ProblemWords, String> words, Duration retryAfter) {
        super(Status.TOO_MANY_REQUESTS, "Too many requests", words);
        this.retryAfterSeconds = seconds(retryAfter);
    }

    /** Worded by a feature's own bundle of problem words, as {@link Problem#conflict(Class, Function)}. */
    public <B> TooManyRequests(Class<B> bundle, Function<B, String> words, Duration retryAfter) {
        super(Status.TOO_MANY_REQUESTS, "Too many requests", bundle, words);
        this.retryAfterSeconds = seconds(retryAfter);
    }

    /** Whole seconds, never 0: "retry now" would invite the very loop this refusal stops. */
    private static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
