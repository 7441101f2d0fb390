package org.onedoor.ticket;

import java.time.Instant;
import java.util.List;
import org.onedoor.floor.TicketRef;

/**
 * A ticket as staff and kiosks see it. {@code position} and {@code estimatedWaitMinutes} are set
 * while it waits; {@code counters} lists the counters it may be called to (FloorState#countersToGoTo).
 */
public record TicketView(String id, String code, int number, String field, String procedure, String priority,
        String language, Channel channel, TicketState state, Integer position, Integer peopleAhead,
        Integer estimatedWaitMinutes, Integer counter, String officer, List<Integer> counters, String trackingToken,
        Instant issuedAt, Instant calledAt, Instant startedAt, Instant finishedAt, int recallCount, int transferCount,
        Satisfaction rating, String priorityNote) {

    /** @param place the ticket's place while it waits, else null */
    static TicketView of(Ticket t, FloorState floor, String procedureCode, QueueEstimator.Place place) {
        Integer counter = floor.counterNumber(t.counterId != null ? t.counterId : t.targetCounterId);
        List<Integer> counters = t.targetCounterId != null ? List.of(floor.counterNumber(t.targetCounterId))
                : floor.countersToGoTo(t.fieldId);
        return new TicketView(t.id.toString(), t.code, t.number, floor.field(t.fieldId).code, procedureCode,
                floor.groupCode(t.priorityGroupId), t.language, t.channel, t.state,
                place == null ? null : place.position(), place == null ? null : place.ahead(),
                place == null ? null : place.estimatedWaitMinutes(), counter, t.officer, counters, t.trackingToken,
                t.issuedAt, t.calledAt, t.startedAt, t.finishedAt, t.recallCount, t.transferCount, t.rating, t.priorityNote);
    }

    /** The same view without what only staff may read (the priority note). */
    public TicketView withoutStaffNotes() {
        return new TicketView(id, code, number, field, procedure, priority, language, channel, state, position, peopleAhead,
                estimatedWaitMinutes, counter, officer, counters, trackingToken, issuedAt, calledAt, startedAt, finishedAt,
                recallCount, transferCount, rating, null);
    }

    /** What floor events carry: no officer, no tracking token. */
    public static TicketRef ref(Ticket t, FloorState floor) {
        Integer counter = floor.counterNumber(t.counterId != null ? t.counterId : t.targetCounterId);
        return new TicketRef(t.id.toString(), t.code, t.number, floor.field(t.fieldId).code, t.state.name(), counter,
                floor.groupCode(t.priorityGroupId), t.recallCount);
    }
}
