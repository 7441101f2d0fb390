package org.onedoor.ticket;

import java.time.Instant;
import org.onedoor.floor.TicketRef;

/**
 * A citizen who may still rate the service at the counter that completed their ticket: the
 * counter called no one since, the ticket is not rated, and its {@link RatingWindow} is open.
 *
 * @param ticket   the ticket as events carry it; {@code ticket.counter} is the counter that served it
 * @param doneAt   when it was completed (its {@code TicketDone})
 * @param closesAt the last moment its rating is taken
 */
public record OpenRating(TicketRef ticket, Instant doneAt, Instant closesAt) {
}
