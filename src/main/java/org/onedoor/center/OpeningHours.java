package org.onedoor.center;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A center's hours as instants a screen can compare with its clock: the period it is open in now,
 * or the next one, and the opening after that. A hall screen says the center is closed, and when it
 * reopens, without asking again at closing time (a country's screens would all ask at 17:00).
 *
 * @param opensAt   when the period opens (in the past while the center is open)
 * @param closesAt  when it closes
 * @param reopensAt the opening after {@code closesAt}
 */
public record OpeningHours(Instant opensAt, Instant closesAt, Instant reopensAt) {

    /** The period {@code center} is open in at {@code at}, or its next one; null for a center with no open day. */
    public static OpeningHours of(Center center, Instant at) {
        Instant opens = center.isOpenAt(at) ? center.lastOpening(at) : toInstant(center, center.nextOpening(at));
        if (opens == null) {
            return null;
        }
        Instant closes = center.closingAfter(opens);
        // an opening at the very closing instant counts (open round the clock: closes 00:00, opens 00:00)
        return new OpeningHours(opens, closes, toInstant(center, center.nextOpening(closes.minusNanos(1))));
    }

    private static Instant toInstant(Center center, LocalDateTime local) {
        return local == null ? null : local.atZone(center.zone()).toInstant();
    }
}
