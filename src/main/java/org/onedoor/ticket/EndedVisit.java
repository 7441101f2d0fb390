package org.onedoor.ticket;

import java.time.Instant;

/**
 * A ticket's time at one counter that a transfer ends: kept in {@code ticket_visit}, because the
 * ticket row goes on to hold only its next visit, and the reports count every counter's work.
 */
record EndedVisit(long fieldId, long counterId, String officer, Instant calledAt, Instant startedAt, Instant endedAt) {

    /** The visit the ticket is on now, as it would end at {@code now}; null when it is at no counter. */
    static EndedVisit of(Ticket t, Instant now) {
        if (!t.state.atCounter() || t.counterId == null || t.calledAt == null) {
            return null;
        }
        return new EndedVisit(t.fieldId, t.counterId, t.officer, t.calledAt, t.startedAt, now);
    }
}
