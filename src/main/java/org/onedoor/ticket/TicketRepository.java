package org.onedoor.ticket;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.common.Problem;

@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, UUID> {

    /** Which waiting tickets a call may take, for the priority policies. */
    public enum PriorityFilter {
        ANY, PRIORITY_ONLY, NORMAL_ONLY
    }

    /**
     * Locks the next waiting ticket for a counter and returns its id, or null when none waits.
     *
     * <p>Exactly once: {@code FOR UPDATE SKIP LOCKED} makes concurrent callers (on this node or
     * any other sharing the database) each lock a different ticket, and a ticket another
     * transaction already called is no longer WAITING when this one can see it.
     *
     * <p>Order: tickets transferred to this very counter, then the counter's fields in order
     * (primary first), then arrival; with {@code priorityFirst}, priority tickets before all.
     */
    public Uni<UUID> lockNextWaiting(long centerId, LocalDate day, long counterId, PriorityFilter filter,
            boolean priorityFirst) {
        String priorityCondition = switch (filter) {
            case ANY -> "";
            case PRIORITY_ONLY -> " AND t.priority_group_id IS NOT NULL";
            case NORMAL_ONLY -> " AND t.priority_group_id IS NULL";
        };
        String sql = "SELECT t.id FROM ticket t"
                + " LEFT JOIN counter_field cf ON cf.counter_id = :counter AND cf.field_id = t.field_id"
                + " WHERE t.center_id = :center AND t.service_day = :day AND t.state = 'WAITING'"
                + " AND (t.target_counter_id = :counter OR (t.target_counter_id IS NULL AND cf.field_id IS NOT NULL))"
                + priorityCondition
                + " ORDER BY " + (priorityFirst ? "(t.priority_group_id IS NULL), " : "")
                + " CASE WHEN t.target_counter_id = :counter THEN -1 ELSE cf.position END, t.issued_at, t.number"
                + " LIMIT 1 FOR UPDATE OF t SKIP LOCKED";
        return getSession().chain(s -> s.createNativeQuery(sql, UUID.class)
                .setParameter("center", centerId)
                .setParameter("day", day)
                .setParameter("counter", counterId)
                .getSingleResultOrNull());
    }

    /**
     * How many waiting tickets are ahead of this one in its lane (its field, or the counter it
     * was sent to), in the order call-next uses: {@link QueueEstimator#laneOrder}.
     */
    public Uni<Integer> countAhead(Ticket t, boolean priorityFirst) {
        String lane = t.targetCounterId != null ? "targetCounterId = :lane"
                : "fieldId = :lane and targetCounterId is null";
        String earlier = "(issuedAt < :at or (issuedAt = :at and number < :number))";
        String ahead = !priorityFirst ? earlier
                : t.priorityGroupId != null ? "(priorityGroupId is not null and " + earlier + ")"
                : "(priorityGroupId is not null or " + earlier + ")";
        return getSession().chain(s -> s.createSelectionQuery("select count(*) from Ticket where centerId = :center"
                + " and serviceDay = :day and state = :waiting and " + lane + " and " + ahead, Long.class)
                .setParameter("center", t.centerId).setParameter("day", t.serviceDay)
                .setParameter("waiting", TicketState.WAITING)
                .setParameter("lane", t.targetCounterId != null ? t.targetCounterId : t.fieldId)
                .setParameter("at", t.issuedAt).setParameter("number", t.number)
                .getSingleResult()).map(Long::intValue);
    }

    /** The ticket, locked until the transaction ends, so two officers cannot both change it. */
    public Uni<Ticket> lock(UUID id) {
        return getSession().chain(s -> s.find(Ticket.class, id, org.hibernate.LockMode.PESSIMISTIC_WRITE))
                .onItem().ifNull().failWith(() -> Problem.notFound("No ticket with id " + id + "."));
    }

    /** Today's ticket with this code, locked. */
    public Uni<Ticket> lockByCode(long centerId, LocalDate day, String code) {
        return find("centerId = ?1 and serviceDay = ?2 and code = ?3", centerId, day, code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> Problem.notFound("No ticket " + code + " today."));
    }

    public Uni<Ticket> require(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> Problem.notFound("No ticket with id " + id + "."));
    }

    public Uni<Ticket> findByTrackingToken(String token) {
        return find("trackingToken", token).firstResult();
    }

    /** The ticket called or being served at a counter, if any. */
    public Uni<Ticket> atCounter(long counterId) {
        return find("counterId = ?1 and state in ?2", counterId, List.of(TicketState.CALLED, TicketState.SERVING))
                .firstResult();
    }

    /** How many tickets wait in each field's own lane (not those sent to one counter). */
    public Uni<Map<Long, Integer>> waitingPerField(long centerId, LocalDate day) {
        return getSession().chain(s -> s.createSelectionQuery("select fieldId, count(*) from Ticket"
                + " where centerId = :center and serviceDay = :day and state = :waiting and targetCounterId is null"
                + " group by fieldId", Object[].class)
                .setParameter("center", centerId).setParameter("day", day)
                .setParameter("waiting", TicketState.WAITING).getResultList())
                .map(rows -> {
                    Map<Long, Integer> counts = new HashMap<>();
                    rows.forEach(row -> counts.put((Long) row[0], ((Long) row[1]).intValue()));
                    return counts;
                });
    }

    /** How many numbers each field of the center has given out on a day (a refused issue gives its number back). */
    public Uni<Map<Long, Integer>> issuedPerField(long centerId, LocalDate day) {
        return getSession().chain(s -> s.createNativeQuery("SELECT n.field_id, n.last_number FROM ticket_number n"
                + " JOIN field f ON f.id = n.field_id WHERE f.center_id = :center AND n.service_day = :day", Object[].class)
                .setParameter("center", centerId).setParameter("day", day).getResultList())
                .map(rows -> {
                    Map<Long, Integer> counts = new HashMap<>();
                    rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
                    return counts;
                });
    }

    /** Today's tickets of a center that wait or are at a counter. */
    public Uni<List<Ticket>> openTickets(long centerId, LocalDate day) {
        return list("centerId = ?1 and serviceDay = ?2 and state in ?3 order by issuedAt, number", centerId, day,
                List.of(TicketState.WAITING, TicketState.CALLED, TicketState.SERVING));
    }

    /**
     * The next number of a field on a service day. The upsert locks the field's row for the day
     * until commit: concurrent kiosks queue up on it, and a rolled-back issue gives its number back.
     */
    public Uni<Integer> nextNumber(long fieldId, LocalDate day) {
        return getSession().chain(s -> s.createNativeQuery(
                "INSERT INTO ticket_number (field_id, service_day, last_number) VALUES (:field, :day, 1)"
                        + " ON CONFLICT (field_id, service_day)"
                        + " DO UPDATE SET last_number = ticket_number.last_number + 1 RETURNING last_number",
                Integer.class).setParameter("field", fieldId).setParameter("day", day).getSingleResult());
    }
}
