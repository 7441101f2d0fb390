package org.onedoor.counter;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onedoor.common.Problem;
import org.onedoor.common.UniqueKey;

@ApplicationScoped
public class CounterRepository implements PanacheRepository<Counter> {

    /** The first key of the counter layouts' advisory locks (the second is the center's id). */
    private static final int LAYOUT_LOCK = 1_204_001;

    public Uni<List<Counter>> ofCenter(Long centerId) {
        return list("centerId = ?1 and retiredAt is null order by number", centerId);
    }

    /**
     * Takes the officer's seat until commit: one counter opening of theirs at a time, so that two
     * opened at once from two PCs cannot each find the same old counter to leave, and both stay
     * open. Only these openings take it.
     */
    public Uni<Void> lockOfficer(Long centerId, String officer) {
        return advisoryLock("hashtext('officer ' || :officer)", centerId, officer);
    }

    /** The numbers of the counters {@code officer} holds (open or paused), but {@code except}. */
    public Uni<List<Integer>> heldBy(Long centerId, String officer, int except) {
        return getSession().chain(s -> s.createSelectionQuery("select c.number from Counter c where c.centerId = :center"
                        + " and c.officer = :officer and c.state <> :closed and c.number <> :except order by c.number", Integer.class)
                .setParameter("center", centerId).setParameter("officer", officer).setParameter("closed", CounterState.CLOSED)
                .setParameter("except", except).getResultList());
    }

    /** The centers where {@code officer} holds a counter (open or paused). */
    public Uni<List<Long>> centersHeldIn(String officer) {
        return getSession().chain(s -> s.createSelectionQuery("select distinct c.centerId from Counter c"
                        + " where c.officer = :officer and c.state <> :closed", Long.class)
                .setParameter("officer", officer).setParameter("closed", CounterState.CLOSED).getResultList());
    }

    /** The numbers of the center's counters open or paused and unchanged since {@code before}, in order. */
    public Uni<List<Integer>> leftOpenSince(Long centerId, Instant before) {
        return getSession().chain(s -> s.createSelectionQuery("select c.number from Counter c where c.centerId = :center"
                        + " and c.state <> CLOSED and c.stateSince < :before order by c.number", Integer.class)
                .setParameter("center", centerId).setParameter("before", before).getResultList());
    }

    public Uni<Counter> findByNumber(Long centerId, int number) {
        return UniqueKey.row(byNumber(centerId, number));
    }

    /**
     * Takes the center's counter layout until commit: one manager's edit of its counters' fields
     * at a time. Each edit checks that the fields it takes off a counter are still served by
     * another; two edits at once, each taking the same field off a different counter, would each
     * find the other still serving it. An advisory lock, not the counters' rows: only these
     * edits take it, so it cannot form a cycle with the row locks of calls and transfers.
     */
    public Uni<Void> lockLayout(Long centerId) {
        return advisoryLock(String.valueOf(LAYOUT_LOCK), centerId, null);
    }

    /**
     * A transaction-scoped advisory lock on ({@code firstKey}, the center): {@code firstKey} is SQL
     * for an int, which may use :officer when {@code officer} is given.
     */
    private Uni<Void> advisoryLock(String firstKey, Long centerId, String officer) {
        // pg_advisory_xact_lock returns void, which no result type maps: count its one row instead
        return getSession().chain(s -> {
            var lock = s.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(" + firstKey
                    + ", CAST(CAST(:center AS bigint) % 2147483647 AS int))) taken", Long.class).setParameter("center", centerId);
            return (officer == null ? lock : lock.setParameter("officer", officer)).getSingleResult();
        }).replaceWithVoid();
    }

    /**
     * The counter, locked until commit: its settings are written back whole (state and officer
     * too), so an officer's open or close must not land between the read and the write.
     */
    public Uni<Counter> lockByNumber(Long centerId, int number) {
        return UniqueKey.row(byNumber(centerId, number).withLock(LockModeType.PESSIMISTIC_WRITE));
    }

    /** As {@link #lockByNumber}, retired or not: saving a retired counter's number brings it back. */
    public Uni<Counter> lockByNumberEvenRetired(Long centerId, int number) {
        return UniqueKey.row(find("centerId = ?1 and number = ?2", centerId, number).withLock(LockModeType.PESSIMISTIC_WRITE));
    }

    /** A counter on the floor: a retired one is no one's to open, call to or pair with. */
    private PanacheQuery<Counter> byNumber(Long centerId, int number) {
        return find("centerId = ?1 and number = ?2 and retiredAt is null", centerId, number);
    }

    /** The names of the devices not revoked that stand at the counter (counter screens). */
    public Uni<List<String>> devicesAt(Long counterId) {
        return getSession().chain(s -> s.createNativeQuery("SELECT name FROM device WHERE counter_id = :counter"
                + " AND revoked_at IS NULL ORDER BY name", String.class).setParameter("counter", counterId).getResultList());
    }

    /**
     * As {@link #require}, the row shared until commit: a device paired to the counter meanwhile
     * is seen by taking it off the floor (RetiredCounters), which waits, or this waits and finds
     * it gone (404).
     */
    public Uni<Counter> requireShared(Long centerId, int number) {
        return UniqueKey.row(byNumber(centerId, number).withLock(LockModeType.PESSIMISTIC_READ))
                .onItem().ifNull().failWith(() -> notFound(number));
    }

    /**
     * As {@link #requireShared}, but retired or not (null for no counter of that number): moving a
     * screen tells a counter taken off the floor (409, it can be brought back) from none (404).
     * Shared until commit, so the counter cannot be retired between this read and the move.
     */
    public Uni<Counter> findSharedEvenRetired(Long centerId, int number) {
        return UniqueKey.row(find("centerId = ?1 and number = ?2", centerId, number).withLock(LockModeType.PESSIMISTIC_READ));
    }

    public Uni<Counter> require(Long centerId, int number) {
        return findByNumber(centerId, number).onItem().ifNull().failWith(() -> notFound(number));
    }

    /** For each counter of the center, the ids of the fields it serves, primary first. */
    public Uni<Map<Long, List<Long>>> fieldsByCounter(Long centerId) {
        return getSession().chain(s -> s.createSelectionQuery(
                "select cf from CounterField cf, Counter c where cf.counterId = c.id and c.centerId = :center "
                        + "order by cf.counterId, cf.position", CounterField.class)
                .setParameter("center", centerId).getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(cf -> cf.counterId,
                        Collectors.mapping(cf -> cf.fieldId, Collectors.toList()))));
    }

    public Uni<Void> replaceFields(Counter counter, List<Long> fieldIds) {
        return getSession()
                .chain(s -> s.createSelectionQuery("from CounterField where counterId = :counter", CounterField.class)
                        .setParameter("counter", counter.id).getResultList()
                        .chain(old -> s.removeAll(old.toArray())).chain(s::flush))
                .chain(() -> {
                    List<CounterField> rows = new java.util.ArrayList<>();
                    for (int i = 0; i < fieldIds.size(); i++) {
                        CounterField cf = new CounterField();
                        cf.counterId = counter.id;
                        cf.fieldId = fieldIds.get(i);
                        cf.position = i;
                        rows.add(cf);
                    }
                    return getSession().chain(s -> s.persistAll(rows.toArray()));
                });
    }

    /** The 404 of a counter number the center does not have. */
    public static Problem notFound(int number) {
        return Problem.notFound(w -> w.noCounter(number));
    }
}
