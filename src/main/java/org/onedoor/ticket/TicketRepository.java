package org.onedoor.ticket;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.LockMode;
import org.onedoor.center.Center;
import org.onedoor.common.Problem;
import org.onedoor.common.UniqueKey;
import org.onedoor.counter.Counter;
import org.onedoor.counter.CounterRepository;
import org.onedoor.floor.EventJournal.GuardedChange;

/**
 * Tickets in the database. The queries name states as literals (Hibernate's enum shorthand,
 * {@code state = WAITING}), not parameters: PostgreSQL proves a partial index's predicate
 * ({@code state = 'WAITING'}, {@code state IN ('CALLED', 'SERVING')}) only from constants, and with
 * the state as a parameter the reusable generic plan could not use the index, so it planned the
 * statement again at every execution (0.2–0.4 ms of its CPU each, pg_stat_statements in the bench).
 */
@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, UUID> {

    /** Which waiting tickets a call may take, for the priority policies. */
    public enum PriorityFilter {
        ANY, PRIORITY_ONLY, NORMAL_ONLY
    }

    /**
     * Locks the next waiting ticket for a counter and returns it, or null when none waits.
     *
     * <p>Exactly once: {@code FOR UPDATE SKIP LOCKED} makes concurrent callers (on this node or
     * any other sharing the database) each lock a different ticket, and a ticket another
     * transaction already called is no longer WAITING when this one can see it.
     *
     * <p>Order: tickets transferred to this very counter, then the counter's fields in order
     * (primary first), then arrival; with {@code priorityFirst}, priority tickets before all.
     *
     * <p>HQL, not native SQL, on purpose: Hibernate 7.2 caches a new plan for every execution of a
     * native select (its cache keys never match), and the lookups in that ever-full cache cost more
     * than the queries on a busy floor.
     */
    public Uni<Ticket> lockNextWaiting(long centerId, LocalDate day, long counterId, List<Long> counterFields,
            PriorityFilter filter, boolean priorityFirst) {
        String priorityCondition = switch (filter) {
            case ANY -> "";
            case PRIORITY_ONLY -> " and t.priorityGroupId is not null";
            // a ticket sent to this very counter is next whatever its group: it has waited once already
            case NORMAL_ONLY -> " and (t.priorityGroupId is null or t.targetCounterId = :counter)";
        };
        // The counter's fields come from the layout in memory, so the query touches one table:
        // with a join, Hibernate would lock in a second statement, after choosing, and skip nothing.
        StringBuilder lane = new StringBuilder("case when t.targetCounterId = :counter then -1");
        for (int i = 0; i < counterFields.size(); i++) {
            lane.append(" when t.fieldId = :field").append(i).append(" then ").append(i);
        }
        lane.append(" else ").append(counterFields.size()).append(" end");
        // the fields one by one, not as a list parameter: Hibernate first tries a list as one Long,
        // and throws (and catches) an exception for it on every call
        StringBuilder fieldList = new StringBuilder();
        for (int i = 0; i < counterFields.size(); i++) {
            fieldList.append(i == 0 ? ":field" : ", :field").append(i);
        }
        String ownFields = counterFields.isEmpty() ? "" : " or (t.targetCounterId is null and t.fieldId in (" + fieldList + "))";
        String hql = "select t from Ticket t"
                + " where t.centerId = :center and t.serviceDay = :day and t.state = WAITING"
                + " and (t.targetCounterId = :counter" + ownFields + ")"
                + priorityCondition
                + " order by " + (priorityFirst ? "case when t.priorityGroupId is null then 1 else 0 end, " : "")
                + lane + ", t.issuedAt, t.number";
        return getSession().chain(s -> {
            var query = s.createSelectionQuery(hql, Ticket.class)
                    .setParameter("center", centerId)
                    .setParameter("day", day)
                    .setParameter("counter", counterId);
            for (int i = 0; i < counterFields.size(); i++) {
                query.setParameter("field" + i, counterFields.get(i));
            }
            return query.setMaxResults(1).setLockMode(LockMode.UPGRADE_SKIPLOCKED).getSingleResultOrNull();
        });
    }

    /** A ticket and its center, as read together. */
    public record WithCenter(Ticket ticket, Center center) {
    }

    /**
     * The ticket and its center in one query, not locked and detached from the session: an action
     * changes its copy and writes it back with {@link #updateIfUnchanged}, and reads them again
     * after someone else changed the ticket first.
     */
    public Uni<WithCenter> readWithCenter(UUID id) {
        return getSession().chain(s -> s.createSelectionQuery("select t, c from Ticket t, Center c where c.id = t.centerId"
                + " and t.id = :id", Object[].class).setParameter("id", id).getSingleResultOrNull()
                .map(row -> {
                    if (row == null) {
                        throw Problem.notFound(w -> w.noTicketWithId(String.valueOf(id)));
                    }
                    s.detach(row[0]);
                    s.detach(row[1]);
                    return new WithCenter((Ticket) row[0], (Center) row[1]);
                }));
    }

    /**
     * Writes what an action may change of a ticket read by {@link #readWithCenter}, if no one has
     * changed it since (its version): the change that {@code EventJournal.applyWithEvents} writes
     * the action's events with, in one statement.
     *
     * <p>A ticket sent to one counter is written only while that counter is not closed, and the
     * counter is held (FOR SHARE) until the statement commits: a close either comes first, and the
     * action reads again and sees it, or waits, and then sends the ticket back to its field with the
     * counter's other ones. Without it a transfer racing a close would leave a ticket nobody calls.
     */
    public static GuardedChange updateIfUnchanged(Ticket t) {
        return updateIfUnchanged(t, null);
    }

    /** The same, and when it writes, the visit at a counter that the change ended (a transfer). */
    static GuardedChange updateIfUnchanged(Ticket t, EndedVisit ended) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", t.id);
        values.put("version", t.version);
        values.put("state", t.state.name());
        values.put("fieldId", t.fieldId);
        values.put("procedureId", t.procedureId);
        values.put("calledAt", t.calledAt);
        values.put("startedAt", t.startedAt);
        values.put("finishedAt", t.finishedAt);
        values.put("counterId", t.counterId);
        values.put("officer", t.officer);
        values.put("targetCounterId", t.targetCounterId);
        values.put("recallCount", t.recallCount);
        values.put("transferCount", t.transferCount);
        values.put("rating", t.rating == null ? null : t.rating.name());
        values.put("ratedAt", t.ratedAt);
        return new GuardedChange("UPDATE ticket SET state = :state, field_id = :fieldId, procedure_id = :procedureId,"
                + " called_at = :calledAt, started_at = :startedAt, finished_at = :finishedAt, counter_id = :counterId,"
                + " officer = :officer, target_counter_id = :targetCounterId, recall_count = :recallCount,"
                + " transfer_count = :transferCount, rating = :rating, rated_at = :ratedAt, version = version + 1"
                + " WHERE id = :id AND version = :version" + (!waitsForOneCounter(t) ? "" : " AND EXISTS (SELECT 1"
                + " FROM counter k WHERE k.id = :targetCounterId AND k.state <> 'CLOSED' FOR SHARE)") + " RETURNING center_id",
                values, ended == null ? null : ended.insertAfterChange(t, values));
    }

    /**
     * Whether the write leaves the ticket waiting for one counter: only then must that counter be
     * open (a cancel of yesterday's ticket sent to a counter closed since must not be refused).
     */
    private static boolean waitsForOneCounter(Ticket t) {
        return t.targetCounterId != null && t.state == TicketState.WAITING;
    }

    /** A counter locked in this transaction, and the ticket still at it (called or being served), if any. */
    public record CounterAtWork(Counter counter, String busyCode, TicketState busyState) {
    }

    /**
     * The counter, locked until the transaction ends (one call or state change at a time per
     * counter), with the ticket of this service day still at it: every call starts here.
     *
     * <p>Two statements on purpose. Under READ COMMITTED a statement reads the snapshot taken when
     * it began: had the ticket been looked up in the locking statement, a second "Next" pressed
     * while the first held the lock would wait for it and then still see the counter free, and
     * call a second citizen to it. The lookup after the lock sees what the first call committed.
     * A ticket left at the counter on an earlier day (a center that closed with one called) does
     * not hold the counter: the service day is over, and the floor no longer shows it.
     */
    public Uni<CounterAtWork> lockCounter(long centerId, int number, LocalDate day) {
        return getSession().chain(s -> s.createSelectionQuery("from Counter k where k.centerId = :center and k.number = :number and k.retiredAt is null",
                Counter.class).setParameter("center", centerId).setParameter("number", number)
                .setLockMode(LockMode.PESSIMISTIC_WRITE).getSingleResultOrNull()
                .onItem().ifNull().failWith(() -> CounterRepository.notFound(number))
                .chain(counter -> s.createSelectionQuery("select t.code, t.state from Ticket t where t.counterId = :counter"
                        + " and t.serviceDay = :day and t.state in (CALLED, SERVING) order by t.calledAt", Object[].class)
                        .setParameter("counter", counter.id).setParameter("day", day).setMaxResults(1).getSingleResultOrNull()
                        .map(busy -> new CounterAtWork(counter, busy == null ? null : (String) busy[0],
                                busy == null ? null : (TicketState) busy[1]))));
    }

    /**
     * Sends the tickets waiting for one counter back to their fields' lanes, where the other
     * counters of the field call them in their arrival order: the counter is closing, and a ticket
     * left waiting for it would never be called. The caller holds the counter's lock.
     *
     * @return how many tickets went back
     */
    public Uni<Integer> releaseWaitingFor(long counterId, LocalDate day) {
        return getSession().chain(s -> s.createNativeQuery("UPDATE ticket SET target_counter_id = NULL, version = version + 1"
                + " WHERE target_counter_id = :counter AND service_day = :day AND state = 'WAITING'")
                .setParameter("counter", counterId).setParameter("day", day).executeUpdate());
    }

    /**
     * Hands the ticket at the counter (called or being served today) to the officer taking the
     * counter over: the one who left can no longer finish it, and the counter could call nobody else.
     */
    public Uni<Integer> handOverAt(long counterId, LocalDate day, String officer) {
        return getSession().chain(s -> s.createNativeQuery("UPDATE ticket SET officer = :officer, version = version + 1"
                + " WHERE counter_id = :counter AND service_day = :day AND state IN ('CALLED', 'SERVING')")
                .setParameter("officer", officer).setParameter("counter", counterId).setParameter("day", day).executeUpdate());
    }

    /**
     * Claims a client's request id for a ticket about to be written in this transaction; if
     * another transaction holds it uncommitted, waits for that one's outcome.
     *
     * @return false when a ticket was written for it already
     */
    public Uni<Boolean> claimRequest(long centerId, String requestId, UUID ticketId) {
        return getSession().chain(s -> s.createNativeQuery("INSERT INTO ticket_request (center_id, request_id, ticket_id)"
                + " VALUES (:center, :request, :ticket) ON CONFLICT DO NOTHING")
                .setParameter("center", centerId).setParameter("request", requestId).setParameter("ticket", ticketId)
                .executeUpdate()).map(inserted -> inserted == 1);
    }

    /**
     * Cancels the ticket written for a request id, replaced by {@code offline}, if it still waits
     * and was never at a counter (one called and sent on may have found someone), and returns it
     * (null if none was cancelled). Its print job, if not printed yet, is void: a bridge away
     * meanwhile would print, on its return, a ticket nobody will call.
     */
    public Uni<Ticket> cancelRequested(long centerId, String requestId, UUID offline, Instant at) {
        return getSession().chain(s -> s.createNativeQuery("WITH cancelled AS (UPDATE ticket t SET state = 'CANCELLED',"
                + " finished_at = :at, replaced_by = :offline, version = t.version + 1 FROM ticket_request r"
                + " WHERE r.center_id = :center AND r.request_id = :request AND t.id = r.ticket_id AND t.state = 'WAITING'"
                + " AND NOT EXISTS (SELECT 1 FROM ticket_visit v WHERE v.ticket_id = t.id) RETURNING t.*),"
                + " voided AS (UPDATE print_job SET state = 'VOID', updated_at = :at"
                + " WHERE ticket_id IN (SELECT id FROM cancelled) AND state = 'PENDING')"
                + " SELECT * FROM cancelled", Ticket.class)
                .setParameter("center", centerId).setParameter("request", requestId).setParameter("offline", offline)
                .setParameter("at", at).getResultList()).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * Whether the counter is at work: a citizen called to it since {@code calledSince}, or one
     * still at it (called or being served) who was called since {@code atItSince}. Both on this
     * service day or the one before: a center open past midnight serves across the rollover.
     */
    public Uni<Boolean> atWorkSince(long centerId, LocalDate day, long counterId, Instant calledSince, Instant atItSince) {
        return getSession().chain(s -> s.createSelectionQuery("select count(*) from Ticket t where t.centerId = :center"
                        + " and t.serviceDay in (:day, :before) and t.counterId = :counter and (t.calledAt >= :called"
                        + " or t.state in (CALLED, SERVING) and t.calledAt >= :atIt)", Long.class)
                .setParameter("center", centerId).setParameter("day", day).setParameter("before", day.minusDays(1))
                .setParameter("counter", counterId).setParameter("called", calledSince).setParameter("atIt", atItSince)
                .getSingleResult()).map(n -> n > 0);
    }

    /** Today's ticket with this code, not locked: a 404 when there is none. */
    public Uni<Ticket> requireByCode(long centerId, LocalDate day, String code) {
        return find("centerId = ?1 and serviceDay = ?2 and code = ?3", centerId, day, code).firstResult()
                .onItem().ifNull().failWith(() -> Problem.notFound(w -> w.noTicketToday(code)));
    }

    /** Today's ticket with this code, locked. */
    public Uni<Ticket> lockByCode(long centerId, LocalDate day, String code) {
        return find("centerId = ?1 and serviceDay = ?2 and code = ?3", centerId, day, code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> Problem.notFound(w -> w.noTicketToday(code)));
    }

    public Uni<Ticket> require(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> Problem.notFound(w -> w.noTicketWithId(String.valueOf(id))));
    }

    /** Null for a token no ticket can have; one with a NUL would fail in PostgreSQL instead of matching none. */
    public Uni<Ticket> findByTrackingToken(String token) {
        if (token == null || token.indexOf('\0') >= 0) {
            return Uni.createFrom().nullItem();
        }
        return UniqueKey.row(find("trackingToken", token));
    }

    /**
     * How many numbers each field of the center has given out on a day (a refused issue gives its
     * number back); beyond any cap for a field whose online numbers ran into the kiosks' leased block.
     */
    public Uni<Map<Long, Integer>> issuedPerField(long centerId, LocalDate day) {
        return getSession().chain(s -> s.createSelectionQuery("select n from TicketNumber n, Field f"
                + " where f.id = n.fieldId and f.centerId = :center and n.serviceDay = :day", TicketNumber.class)
                .setParameter("center", centerId).setParameter("day", day).getResultList())
                .map(rows -> {
                    Map<Long, Integer> counts = new HashMap<>();
                    rows.forEach(row -> counts.put(row.fieldId, row.lastOnline()));
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
     * The field is named by a list ({@code IN (:field)}) to keep this native select out of
     * Hibernate's plan cache (see {@code EventJournal}).
     */
    public Uni<Integer> nextNumber(long fieldId, LocalDate day) {
        // a number that reached the kiosks' leased block comes back as "beyond any limit", so the
        // issuer refuses it as a full day and the transaction gives it back
        return getSession().chain(s -> s.createNativeQuery(
                "INSERT INTO ticket_number (field_id, service_day, last_number) SELECT id, :day, 1 FROM field"
                        + " WHERE id IN (:field) ON CONFLICT (field_id, service_day)"
                        + " DO UPDATE SET last_number = ticket_number.last_number + 1 RETURNING CASE WHEN"
                        + " last_number >= lease_floor THEN " + Integer.MAX_VALUE + " ELSE last_number END", Integer.class)
                .setParameter("field", List.of(fieldId)).setParameter("day", day).getSingleResult());
    }

    /** Which of these codes the center's day has issued already. */
    public Uni<Set<String>> existingCodes(long centerId, LocalDate day, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return getSession().chain(s -> s.createSelectionQuery(
                "select code from Ticket where centerId = :center and serviceDay = :day and code in :codes", String.class)
                .setParameter("center", centerId).setParameter("day", day).setParameter("codes", codes).getResultList())
                .map(Set::copyOf);
    }

    /**
     * Leases the next {@code size} numbers under the field's day's top (or under the block leased
     * last) for a kiosk to issue while it cannot reach the server: the block's first number, or
     * null when online numbering has come too close for another block.
     */
    public Uni<Integer> leaseBlock(long fieldId, LocalDate day, int top, int size) {
        return getSession().chain(s -> s.createNativeQuery(
                "INSERT INTO ticket_number (field_id, service_day, last_number, lease_floor) SELECT id, :day, 0, :floor"
                        + " FROM field WHERE id IN (:field) ON CONFLICT (field_id, service_day) DO UPDATE"
                        + " SET lease_floor = COALESCE(ticket_number.lease_floor, :top + 1) - :size"
                        + " WHERE COALESCE(ticket_number.lease_floor, :top + 1) - :size > ticket_number.last_number"
                        + " RETURNING lease_floor", Integer.class)
                .setParameter("field", List.of(fieldId)).setParameter("day", day).setParameter("top", top)
                .setParameter("size", size).setParameter("floor", top + 1 - size).getSingleResultOrNull());
    }
}
