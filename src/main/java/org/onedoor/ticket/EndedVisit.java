package org.onedoor.ticket;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.onedoor.floor.EventJournal.CompanionInsert;

/**
 * A ticket's time at one counter that a transfer, or a no-show the citizen came back from, ends:
 * kept in {@code ticket_visit}, because the ticket row goes on to hold only its next visit, and
 * the reports count every counter's work and the citizen's wait up to the first call.
 */
record EndedVisit(long fieldId, long counterId, String officer, Instant calledAt, Instant startedAt, Instant endedAt) {

    private static final String INSERT = "INSERT INTO ticket_visit (ticket_id, center_id, service_day, field_id,"
            + " counter_id, officer, called_at, started_at, ended_at) ";
    private static final String VALUES = "CAST(:serviceDay AS date), CAST(:visitField AS bigint),"
            + " CAST(:visitCounter AS bigint), CAST(:visitOfficer AS varchar), CAST(:visitCalled AS timestamptz),"
            + " CAST(:visitStarted AS timestamptz), CAST(:visitEnded AS timestamptz)";

    /** The visit the ticket is on now, as it would end at {@code now}; null when it is at no counter. */
    static EndedVisit of(Ticket t, Instant now) {
        if (!t.state.atCounter() || t.counterId == null || t.calledAt == null) {
            return null;
        }
        return new EndedVisit(t.fieldId, t.counterId, t.officer, t.calledAt, t.startedAt, now);
    }

    /**
     * The visit a no-show ended, to write before a call by code starts the ticket's next one (in
     * the statement that writes the call's events): the first call and officer stay in the figures.
     */
    static CompanionInsert ofNoShow(Ticket t) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", t.id);
        values.put("center", t.centerId);
        new EndedVisit(t.fieldId, t.counterId, t.officer, t.calledAt, t.startedAt, t.finishedAt).put(t, values);
        return new CompanionInsert(INSERT + "VALUES (CAST(:id AS uuid), CAST(:center AS bigint), " + VALUES + ")", values);
    }

    /** This visit's insert, after a guarded change of ticket {@code :id} in a CTE named "changed" (written only if it wrote). */
    String insertAfterChange(Ticket t, Map<String, Object> values) {
        put(t, values);
        return INSERT + "SELECT CAST(:id AS uuid), center_id, " + VALUES + " FROM changed";
    }

    private void put(Ticket t, Map<String, Object> values) {
        values.put("visitField", fieldId);
        values.put("visitCounter", counterId);
        values.put("visitOfficer", officer);
        values.put("visitCalled", calledAt);
        values.put("visitStarted", startedAt);
        values.put("visitEnded", endedAt);
        values.put("serviceDay", t.serviceDay);
    }
}
