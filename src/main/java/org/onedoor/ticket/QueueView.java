package org.onedoor.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The queue of a center now: what screens show and what estimates are based on. */
public record QueueView(String center, LocalDate serviceDay, long lastSeq, List<FieldQueue> fields,
        List<CounterNow> counters) {

    /**
     * For anyone but staff: without the officers' user names. A user name is half a sign-in, and
     * five wrong passwords lock it: listed publicly, a center's staff could be locked out at will.
     */
    public QueueView withoutOfficers() {
        return new QueueView(center, serviceDay, lastSeq, fields, counters.stream()
                .map(c -> new CounterNow(c.number(), c.label(), c.state(), null, c.officerName(), c.fields(), c.nowServing(),
                        c.sentHere()))
                .toList());
    }

    /**
     * @param waiting              every waiting ticket of the field, those sent to one counter too
     * @param inLane               those in the field's own lane (not sent to one counter)
     * @param estimatedWaitMinutes what a ticket taken now would wait
     * @param waitingTickets       each waiting ticket with its place, in queue order
     */
    public record FieldQueue(String field, Map<String, String> names, String colour, int waiting, int inLane,
            double averageServiceMinutes, int openCounters, int estimatedWaitMinutes, List<WaitingTicket> waitingTickets) {
    }

    public record WaitingTicket(String code, boolean priority, Integer counter, int position,
            int estimatedWaitMinutes) {
    }

    /**
     * @param officerName the officer's display name, shown to citizens as a desk's name plate is
     *                    (kept when the username is left out: it signs nobody in)
     * @param sentHere    tickets waiting for this counter alone (sent to it), as QueueChanged counts them
     */
    public record CounterNow(int number, String label, String state, String officer, String officerName,
            List<String> fields, Serving nowServing, int sentHere) {
    }

    public record Serving(String id, String code, String field, String state, Instant calledAt, int recallCount) {
    }
}
