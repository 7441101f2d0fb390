package org.onedoor.ticket;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Counts of waiting tickets: how many wait in each field's own lane, how many were sent to each
 * counter, and how many are ahead of one ticket. A count of the lanes also reads the center's
 * last event number and layout version in its own snapshot, so the QueueChanged made from it can
 * tell whether another action committed between the count and its own events ({@code QueueCount}).
 */
@ApplicationScoped
public class WaitingCounts {

    /**
     * Tickets waiting in each field's own lane and sent to each counter, as one statement's snapshot saw them.
     *
     * @param perField field id → tickets waiting in its own lane
     * @param inField field id → all its waiting tickets: those in its lane and those sent to one counter
     * @param perCounter counter id → tickets sent to that counter (a transfer), none when absent
     * @param atSeq the center's last event number in that snapshot
     * @param layoutVersion the center's layout version in that snapshot
     */
    public record Lanes(Map<Long, Integer> perField, Map<Long, Integer> inField, Map<Long, Integer> perCounter, long atSeq,
            long layoutVersion) {

        /** These counts with one ticket taken out of where it waited and put where it waits now. */
        public Lanes moved(Ticket.WaitingIn left, Ticket.WaitingIn joined) {
            return new Lanes(moved(perField, left.lane(), joined.lane()), moved(inField, left.field(), joined.field()),
                    moved(perCounter, left.counter(), joined.counter()), atSeq, layoutVersion);
        }

        private static Map<Long, Integer> moved(Map<Long, Integer> counts, Long left, Long joined) {
            Map<Long, Integer> moved = new HashMap<>(counts);
            if (left != null) {
                moved.merge(left, -1, Integer::sum);
            }
            if (joined != null) {
                moved.merge(joined, 1, Integer::sum);
            }
            return moved;
        }
    }

    /** The lanes an issue joined, and how many wait ahead of its ticket in its lane. */
    public record Joined(Lanes lanes, int ahead) {
    }

    /** The lanes as they stand in the caller's session (its own flushed changes included). */
    public Uni<Lanes> lanes(long centerId, LocalDate day) {
        // from the center, so a center with nobody waiting still gives its event number
        return Panache.getSession().chain(s -> s.createSelectionQuery("select c.lastEventSeq, c.layoutVersion, t.fieldId,"
                + " t.targetCounterId, count(t.id) from Center c left join Ticket t on t.centerId = c.id and t.serviceDay = :day"
                + " and t.state = WAITING where c.id = :center"
                + " group by c.lastEventSeq, c.layoutVersion, t.fieldId, t.targetCounterId", Object[].class)
                .setParameter("center", centerId).setParameter("day", day).getResultList())
                .map(rows -> lanes(rows));
    }

    /**
     * How many waiting tickets are ahead of this one in its lane (its field, or the counter it
     * was sent to), in the order call-next uses: {@link QueueEstimator#laneOrder}.
     */
    public Uni<Integer> ahead(Ticket t, boolean priorityFirst) {
        String lane = t.targetCounterId != null ? "targetCounterId = :lane"
                : "fieldId = :lane and targetCounterId is null";
        return Panache.getSession().chain(s -> s.createSelectionQuery("select count(*) from Ticket where centerId = :center"
                + " and serviceDay = :day and state = WAITING and " + lane + " and "
                + aheadOf(t, priorityFirst, "issuedAt", "number", "priorityGroupId"), Long.class)
                .setParameter("center", t.centerId).setParameter("day", t.serviceDay)
                .setParameter("lane", t.targetCounterId != null ? t.targetCounterId : t.fieldId)
                .setParameter("at", t.issuedAt).setParameter("number", t.number)
                .getSingleResult()).map(Long::intValue);
    }

    /**
     * Inserts a ticket just issued (never sent to one counter) and counts, in the same statement,
     * the lanes and the tickets ahead of it in its own: an issue's last step before it records its
     * events, in one round trip instead of a flush and a count. The count reads the statement's
     * snapshot, which does not hold the new row, so its own field is counted once more here.
     * Native, so the ticket is not in the session: nothing after the issue changes it in the same
     * transaction.
     */
    public Uni<Joined> insertCounting(Ticket t, boolean priorityFirst, String requestId) {
        if (t.targetCounterId != null) {
            throw new IllegalArgumentException("Ticket " + t.code + " waits for one counter, not in its field's lane");
        }
        // "c.id IN (:center)", a list: keeps this native select out of Hibernate's plan cache (see EventJournal)
        String sql = "WITH inserted AS (INSERT INTO ticket (id, center_id, service_day, field_id, issued_field_id, procedure_id, number,"
                + " code, priority_group_id, priority_note, language, channel, state, issued_at, recall_count, transfer_count,"
                + " tracking_token, version) VALUES (:id, :centerId, :day, :field, :field, :procedure, :number, :code, :group, :note,"
                + " :language, :channel, :state, :at, 0, 0, :token, 0))"
                // a request id claimed already (answered, or replaced by a kiosk's offline ticket): a unique violation, 409
                + (requestId == null ? "" : ", claimed AS (INSERT INTO ticket_request (center_id, request_id, ticket_id)"
                        + " VALUES (:centerId, :request, :id))")
                + " SELECT c.last_event_seq, c.layout_version, t.field_id, t.target_counter_id, count(t.id),"
                + " sum(CASE WHEN t.field_id = :field AND t.target_counter_id IS NULL AND "
                + aheadOf(t, priorityFirst, "t.issued_at", "t.number", "t.priority_group_id") + " THEN 1 ELSE 0 END)"
                + " FROM center c LEFT JOIN ticket t ON t.center_id = c.id AND t.service_day = :day AND t.state = 'WAITING'"
                + " WHERE c.id IN (:center)"
                + " GROUP BY c.last_event_seq, c.layout_version, t.field_id, t.target_counter_id";
        return Panache.getSession().chain(s -> {
            Mutiny.SelectionQuery<Object[]> insert = s.createNativeQuery(sql, Object[].class)
                    .setParameter("id", t.id).setParameter("centerId", t.centerId).setParameter("center", List.of(t.centerId))
                    .setParameter("day", t.serviceDay).setParameter("field", t.fieldId).setParameter("procedure", t.procedureId)
                    .setParameter("number", t.number).setParameter("code", t.code).setParameter("group", t.priorityGroupId)
                    .setParameter("note", t.priorityNote).setParameter("language", t.language)
                    .setParameter("channel", t.channel.name()).setParameter("state", t.state.name())
                    .setParameter("at", t.issuedAt).setParameter("token", t.trackingToken);
            return (requestId == null ? insert : insert.setParameter("request", requestId)).getResultList();
        }).map(rows -> {
            Lanes counted = lanes(rows);
            counted.perField().merge(t.fieldId, 1, Integer::sum);
            counted.inField().merge(t.fieldId, 1, Integer::sum);
            int ahead = rows.stream().mapToInt(row -> ((Number) row[5]).intValue()).sum();
            return new Joined(counted, ahead);
        });
    }

    /**
     * Rows of (event number, layout version, field or null, counter sent to or null, count, ...):
     * the lanes they count.
     */
    private static Lanes lanes(List<Object[]> rows) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("No center row in a count of its queue");
        }
        Map<Long, Integer> perField = new HashMap<>();
        Map<Long, Integer> inField = new HashMap<>();
        Map<Long, Integer> perCounter = new HashMap<>();
        for (Object[] row : rows) {
            if (row[2] == null) {
                continue; // nobody waits: the center's row alone
            }
            long field = ((Number) row[2]).longValue();
            int count = ((Number) row[4]).intValue();
            inField.merge(field, count, Integer::sum);
            if (row[3] == null) {
                perField.put(field, count);
            } else {
                perCounter.merge(((Number) row[3]).longValue(), count, Integer::sum);
            }
        }
        return new Lanes(perField, inField, perCounter, ((Number) rows.get(0)[0]).longValue(),
                ((Number) rows.get(0)[1]).longValue());
    }

    /** The condition "ahead of t" in its lane, on parameters :at and :number, over the named columns or attributes. */
    static String aheadOf(Ticket t, boolean priorityFirst, String issuedAt, String number, String priorityGroup) {
        String earlier = "(" + issuedAt + " < :at or (" + issuedAt + " = :at and " + number + " < :number))";
        return !priorityFirst ? earlier
                : t.priorityGroupId != null ? "(" + priorityGroup + " is not null and " + earlier + ")"
                : "(" + priorityGroup + " is not null or " + earlier + ")";
    }
}
