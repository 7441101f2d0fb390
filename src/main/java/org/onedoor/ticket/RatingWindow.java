package org.onedoor.ticket;

import java.time.Duration;
import java.time.Instant;

/**
 * When the citizen's rating of a ticket is taken: once the ticket is done, once, and only as they
 * leave the counter. The rating endpoint refuses by this rule, and the floor snapshot offers the
 * rating again by it ({@link OpenRatings}) to a counter screen that starts afresh: were they two
 * rules, a reloaded screen could offer buttons whose tap is then refused.
 */
final class RatingWindow {

    /**
     * How long after its completion a ticket may still be rated. The screen asks for 90 s; a rating
     * much later is not the citizen's, and would change figures the province may have read already.
     */
    static final Duration LENGTH = Duration.ofMinutes(10);

    private RatingWindow() {
    }

    /** Whether a rating of the ticket would be taken at {@code now} (from the screen of the counter that served it). */
    static boolean takesRating(Ticket t, Instant now) {
        return t.state == TicketState.DONE && t.rating == null && !hasClosed(t, now);
    }

    /** The citizen has had their time. A ticket done without a completion time (none is) is never too late. */
    static boolean hasClosed(Ticket t, Instant now) {
        return t.finishedAt != null && now.isAfter(closesAt(t));
    }

    /** The last moment a rating of the done ticket is taken. */
    static Instant closesAt(Ticket t) {
        return t.finishedAt.plus(LENGTH);
    }

    /** The earliest completion whose window is still open at {@code now}: a query for open windows reads none before it. */
    static Instant earliestOpenCompletion(Instant now) {
        return now.minus(LENGTH);
    }
}
