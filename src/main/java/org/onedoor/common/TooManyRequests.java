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
        // whole seconds, never 0: "retry now" would invite the very loop this refusal stops
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
