package org.onedoor.counter;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.onedoor.catalog.Field;
import org.onedoor.catalog.FieldRepository;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.CounterStateChanged;
import org.onedoor.floor.FloorEventBody.LayoutChanged;
import org.onedoor.security.AppUserRepository;
import org.onedoor.security.StaffAccess;
import org.onedoor.ticket.QueueService;
import org.onedoor.ticket.TicketRepository;
import org.onedoor.ticket.TicketRepository.CounterAtWork;
import org.onedoor.ticket.WaitingCounts;

/** Counters: their fields, and opening, pausing and closing them. */
@ApplicationScoped
public class CounterService {

    @Inject
    CenterRepository centers;

    @Inject
    CounterRepository counters;

    @Inject
    FieldRepository fields;

    @Inject
    EventJournal journal;

    @Inject
    QueueService queue;

    @Inject
    TicketRepository tickets;

    @Inject
    WaitingCounts counts;

    @Inject
    StaffAccess access;

    /** An account switched off opens no counter (see DepartedOfficers). */
    @Inject
    AppUserRepository users;

    @Inject
    Clock clock;

    @WithSession
    public Uni<List<CounterView>> list(String centerCode) {
        return centers.require(centerCode).chain(center -> fields.byId(center.id)
                .chain(fieldsById -> counters.fieldsByCounter(center.id)
                        .chain(fieldIds -> counters.ofCenter(center.id)
                                .map(list -> list.stream()
                                        .map(c -> CounterView.of(c, codes(fieldIds.get(c.id), fieldsById)))
                                        .toList()))));
    }

    /**
     * Creates or changes a counter. Taking a field off it is refused while people wait in that
     * field and no other counter serves it: nobody's "Next" would ever call them again. When the
     * fields of a counter at work change, the queue follows: the open counters per field (and so
     * the estimated waits) changed.
     */
    public Uni<CounterView> put(String centerCode, int number, CounterSettings settings) {
        if (number < 1 || number > 999) {
            throw Problem.badRequest(w -> w.counterNumberRange());
        }
        if (new HashSet<>(settings.fields()).size() != settings.fields().size()) {
            throw Problem.badRequest(w -> w.counterFieldsOnce());
        }
        // null: the counter keeps its board; "": it has none
        String address = settings.displayAddress() == null ? null : DisplayAddress.normalized(settings.displayAddress());
        return journal.transaction(tx -> centers.require(centerCode).call(access::actorIn).chain(center -> fields.ofCenter(center.id)
                .chain(all -> {
                    List<Long> fieldIds = new ArrayList<>();
                    for (String code : settings.fields()) {
                        Field field = all.stream().filter(f -> f.code.equals(code)).findFirst()
                                .orElseThrow(() -> Problem.badRequest(w -> w.noField(code)));
                        fieldIds.add(field.id);
                    }
                    return counters.lockLayout(center.id).chain(() -> counters.lockByNumberEvenRetired(center.id, number))
                            .call(existing -> address == null ? Uni.createFrom().voidItem() : boardFree(center, address, number))
                            .chain(existing -> counters.fieldsByCounter(center.id)
                            .call(byCounter -> leavesNoFieldUnserved(center, existing, byCounter, fieldIds, all, number))
                            .chain(byCounter -> {
                        // an open or paused counter's fields say who calls what now: the open counters per field
                        List<Long> fieldsBefore = existing == null ? List.of() : byCounter.getOrDefault(existing.id, List.of());
                        boolean queueMoves = existing != null && existing.state != CounterState.CLOSED
                                && !new HashSet<>(fieldsBefore).equals(new HashSet<>(fieldIds));
                        Counter counter = existing != null ? existing : new Counter();
                        boolean revived = counter.retiredAt != null;
                        counter.retiredAt = null;
                        String labelBefore = counter.label;
                        String addressBefore = counter.displayAddress;
                        counter.centerId = center.id;
                        counter.number = number;
                        counter.label = settings.label();
                        if (settings.displayAddress() != null) {
                            counter.displayAddress = address;
                        }
                        // the same settings saved again change nothing a screen or kiosk shows
                        boolean layoutChanges = existing == null || revived || !fieldsBefore.equals(fieldIds)
                                || !Objects.equals(labelBefore, counter.label)
                                || !Objects.equals(addressBefore, counter.displayAddress);
                        return counters.persistAndFlush(counter)
                                .call(saved -> counters.replaceFields(saved, fieldIds))
                                .call(() -> layoutChanges ? tx.record(center, new LayoutChanged()) : Uni.createFrom().voidItem())
                                .call(saved -> !queueMoves ? Uni.createFrom().voidItem()
                                        : queue.queueChanged(center).chain(count -> tx.recordQueue(center, count)))
                                .map(saved -> CounterView.of(saved, settings.fields()));
                    }));
                })));
    }

    /**
     * 409 when another counter of the center has this board: the two would take turns on it, each
     * call and completion of one blanking the other's number. Under the layout's lock, so two
     * managers giving two counters one board at once are told so too.
     */
    private Uni<Void> boardFree(Center center, String address, int number) {
        return counters.ofCenter(center.id).invoke(all -> all.stream()
                .filter(c -> c.number != number && address.equals(c.displayAddress)).findFirst()
                .ifPresent(other -> {
                    throw Problem.conflict(w -> w.displayTaken(address, other.number));
                })).replaceWithVoid();
    }

    /** 409 when a field taken off this counter has people waiting in it and no other counter serves it. */
    Uni<Void> leavesNoFieldUnserved(Center center, Counter existing, Map<Long, List<Long>> byCounter,
            List<Long> keeping, List<Field> all, int number) {
        if (existing == null) {
            return Uni.createFrom().voidItem();
        }
        List<Long> orphaned = byCounter.getOrDefault(existing.id, List.of()).stream()
                .filter(id -> !keeping.contains(id))
                .filter(id -> byCounter.entrySet().stream()
                        .noneMatch(other -> !other.getKey().equals(existing.id) && other.getValue().contains(id)))
                .toList();
        if (orphaned.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return counts.lanes(center.id, day(center)).invoke(lanes -> {
            for (Long id : orphaned) {
                int waiting = lanes.perField().getOrDefault(id, 0);
                if (waiting > 0) {
                    String code = all.stream().filter(f -> f.id.equals(id)).map(f -> f.code).findFirst().orElse("?");
                    throw Problem.conflict(w -> w.fieldLeftUnserved(code, waiting, number));
                }
            }
        }).replaceWithVoid();
    }

    /**
     * Opens, pauses or closes a counter; the officer who opens it is recorded on it, and only they
     * (or a manager) may pause or close it. Opening a counter another officer holds takes it over,
     * with the ticket still at it: the new officer finishes it.
     *
     * <p>An officer sits at one counter. One who opens another (they moved desks) leaves the
     * counters they held: those close, and tickets transferred to them go back to their fields,
     * for a counter nobody sits at would still count as serving its fields, divide the estimated
     * waits and take transfers. One still holding a ticket at the old counter is refused until it
     * is completed or transferred. Managers and administrators, who stand in and try things out,
     * may hold several.
     */
    public Uni<CounterView> changeState(String centerCode, int number, CounterState target) {
        String actorName = access.displayName(); // what the counter screen calls the officer who opens it
        return journal.transaction(tx -> centers.require(centerCode).chain(center -> access.actorIn(center)
                .chain(actor -> (target == CounterState.OPEN ? users.requireOnUntilCommit(actor) : Uni.createFrom().voidItem())
                        .chain(() -> countersLeft(center, actor, number, target))
                        .chain(left -> lockedInOrder(center, number, left))
                        .chain(locked -> {
                            // every change made before the queue is read: reading it detaches the counters
                            Uni<List<CounterStateChanged>> changes = Uni.createFrom().item(new ArrayList<>());
                            for (CounterAtWork at : leaving(actor, locked, number)) {
                                changes = changes.call(list -> apply(center, actor, actorName, at, CounterState.CLOSED).invoke(told(list)));
                            }
                            return changes.call(list -> apply(center, actor, actorName, locked.get(number), target).invoke(told(list)))
                                    .call(list -> announce(tx, center, list))
                                    .replaceWith(locked.get(number).counter());
                        })))
                .chain(counter -> counters.fieldsByCounter(counter.centerId).chain(ids -> fields.byId(counter.centerId)
                        .map(byId -> CounterView.of(counter, codes(ids.get(counter.id), byId))))));
    }

    /**
     * Closes the center's counters an officer left open when they went home (see
     * {@link LeftOpenCounters}): each locked and checked again, so a counter reopened, or one
     * whose officer called someone since the sweep looked, stays as it is.
     *
     * @return how many were closed
     */
    public Uni<Integer> closeLeftOpen(long centerId) {
        return journal.transaction(tx -> centers.findById(centerId).chain(center -> {
            Instant now = clock.instant();
            if (center == null || !LeftOpenCounters.closedLongEnough(center, now)) {
                return Uni.createFrom().item(0);
            }
            // numbers only: counters loaded now would be what the lock below hands back, unread again
            return counters.leftOpenSince(center.id, now.minus(LeftOpenCounters.IDLE)).chain(numbers -> {
                if (numbers.isEmpty()) {
                    return Uni.createFrom().item(0);
                }
                return lockedInOrder(center, numbers.get(0), numbers)
                        .chain(locked -> closeIdle(center, locked.values().stream()
                                .filter(at -> at.busyCode() == null && LeftOpenCounters.stale(at.counter(), now)).toList(), now))
                        .call(changes -> announce(tx, center, changes))
                        .map(List::size);
            });
        }));
    }

    /** Closes those of the counters with nobody at them and nobody called to them within the last while, one after another. */
    private Uni<List<CounterStateChanged>> closeIdle(Center center, List<CounterAtWork> candidates, Instant now) {
        Uni<List<CounterStateChanged>> changes = Uni.createFrom().item(new ArrayList<>());
        for (CounterAtWork at : candidates) {
            Counter counter = at.counter();
            changes = changes.call(list -> tickets.atWorkSince(center.id, day(center), counter.id, now.minus(LeftOpenCounters.IDLE),
                            now.minus(LeftOpenCounters.SERVING_AT_MOST))
                    .chain(called -> {
                        if (called) {
                            return Uni.createFrom().voidItem();
                        }
                        return closeNobodyAt(center, counter, now).invoke(list::add).replaceWithVoid();
                    }));
        }
        return changes;
    }

    /** Pauses a locked open counter whose officer is gone, the citizen at it kept for whoever takes it over. */
    CounterStateChanged pauseHeld(Counter counter, Instant now) {
        counter.state = CounterState.PAUSED;
        counter.stateSince = now;
        return new CounterStateChanged(counter.number, CounterState.PAUSED.name(), counter.officer, counter.officerName);
    }

    /**
     * Closes a locked counter with nobody at it: tickets transferred to it go back to their
     * fields. What to tell the floor.
     */
    Uni<CounterStateChanged> closeNobodyAt(Center center, Counter counter, Instant now) {
        counter.state = CounterState.CLOSED;
        counter.officer = null;
        counter.officerName = null;
        counter.stateSince = now;
        return tickets.releaseWaitingFor(counter.id, day(center))
                .replaceWith(new CounterStateChanged(counter.number, CounterState.CLOSED.name(), null, null));
    }

    /** The other counters an officer opening {@code number} leaves: those they hold now. */
    private Uni<List<Integer>> countersLeft(Center center, String actor, int number, CounterState target) {
        return target != CounterState.OPEN || access.canOverrule() ? Uni.createFrom().item(List.of())
                : counters.lockOfficer(center.id, actor).chain(() -> counters.heldBy(center.id, actor, number));
    }

    /**
     * The counters, each locked, in the order of their numbers: two officers swapping desks lock
     * the same two counters in the same order, so neither waits for the other's.
     */
    Uni<Map<Integer, CounterAtWork>> lockedInOrder(Center center, int number, List<Integer> left) {
        TreeSet<Integer> numbers = new TreeSet<>(left);
        numbers.add(number);
        // one after another in one chain, on the session's context
        Uni<Map<Integer, CounterAtWork>> locked = Uni.createFrom().item(new HashMap<>());
        for (int n : numbers) {
            locked = locked.chain(all -> tickets.lockCounter(center.id, n, day(center)).map(at -> {
                all.put(n, at);
                return all;
            }));
        }
        return locked;
    }

    /**
     * The counters the officer leaves, each locked and still theirs and open; 409 if one has a
     * ticket at it. One already at {@code number} (held several before this rule) leaves only the
     * idle ones: pressing Open again must not be refused for a move they made long ago.
     */
    private static List<CounterAtWork> leaving(String actor, Map<Integer, CounterAtWork> locked, int number) {
        Counter wanted = locked.get(number).counter();
        boolean alreadyThere = wanted.state == CounterState.OPEN && actor.equals(wanted.officer);
        List<CounterAtWork> left = locked.values().stream()
                .filter(at -> at.counter().number != number && actor.equals(at.counter().officer)
                        && at.counter().state != CounterState.CLOSED)
                .filter(at -> !alreadyThere || at.busyCode() == null)
                .toList();
        for (CounterAtWork at : left) {
            if (at.busyCode() != null) {
                throw Problem.conflict(w -> w.counterStillYours(at.counter().number, at.busyCode(), number));
            }
        }
        return left;
    }

    /** Changes the locked counter's state; what to tell the floor, or null when it was so already. */
    private Uni<CounterStateChanged> apply(Center center, String actor, String actorName, CounterAtWork at,
            CounterState target) {
        Counter counter = at.counter();
        int number = counter.number;
        // whose counter it is first: telling a colleague to complete a ticket they may not touch misleads
        if (target != CounterState.OPEN) {
            access.requireCounterHolder(number, counter.officer, counter.officerName, actor);
        }
        if (target == CounterState.CLOSED && at.busyCode() != null) {
            throw Problem.conflict(w -> w.counterBusyCannotClose(number, at.busyCode()));
        }
        if (target == CounterState.PAUSED && counter.state == CounterState.CLOSED) {
            // paused, it would take transfers for an officer nobody is
            throw Problem.conflict(w -> w.counterClosedCannotPause(number));
        }
        if (counter.state == target && (target != CounterState.OPEN || actor.equals(counter.officer))) {
            return Uni.createFrom().nullItem();
        }
        boolean takeover = target == CounterState.OPEN && at.busyCode() != null && !actor.equals(counter.officer);
        counter.state = target;
        counter.stateSince = clock.instant();
        counter.officer = target == CounterState.CLOSED ? null
                : target == CounterState.OPEN ? actor : counter.officer;
        counter.officerName = target == CounterState.CLOSED ? null
                : target == CounterState.OPEN ? actorName : counter.officerName;
        Uni<Integer> released = target == CounterState.CLOSED ? tickets.releaseWaitingFor(counter.id, day(center))
                : takeover ? tickets.handOverAt(counter.id, day(center), actor)
                : Uni.createFrom().item(0);
        return released.replaceWith(new CounterStateChanged(number, target.name(), counter.officer, counter.officerName));
    }

    private static java.util.function.Consumer<CounterStateChanged> told(List<CounterStateChanged> list) {
        return change -> {
            if (change != null) {
                list.add(change);
            }
        };
    }

    /** The counters' new states, and after them the queue: open counters divide the estimated waits. */
    Uni<Void> announce(EventJournal.Recorder tx, Center center, List<CounterStateChanged> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> told = Uni.createFrom().voidItem();
        for (CounterStateChanged change : changes.subList(0, changes.size() - 1)) {
            told = told.chain(() -> tx.record(center, change));
        }
        return told.chain(() -> queue.queueChanged(center))
                .chain(waiting -> tx.recordWithQueue(center, changes.get(changes.size() - 1), waiting));
    }

    private LocalDate day(Center center) {
        return center.serviceDay(clock.instant());
    }

    private static List<String> codes(List<Long> ids, Map<Long, Field> byId) {
        return ids == null ? List.of() : ids.stream().map(id -> byId.get(id).code).toList();
    }
}
