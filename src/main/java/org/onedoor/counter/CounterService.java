package org.onedoor.counter;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onedoor.catalog.Field;
import org.onedoor.catalog.FieldRepository;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.CounterStateChanged;
import org.onedoor.floor.FloorEventBody.LayoutChanged;
import org.onedoor.security.StaffAccess;
import org.onedoor.ticket.QueueService;
import org.onedoor.ticket.TicketRepository;
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
        return journal.transaction(tx -> centers.require(centerCode).call(access::actorIn).chain(center -> fields.ofCenter(center.id)
                .chain(all -> {
                    List<Long> fieldIds = new ArrayList<>();
                    for (String code : settings.fields()) {
                        Field field = all.stream().filter(f -> f.code.equals(code)).findFirst()
                                .orElseThrow(() -> Problem.badRequest(w -> w.noField(code)));
                        fieldIds.add(field.id);
                    }
                    return counters.lockLayout(center.id).chain(() -> counters.lockByNumber(center.id, number))
                            .chain(existing -> counters.fieldsByCounter(center.id)
                            .call(byCounter -> leavesNoFieldUnserved(center, existing, byCounter, fieldIds, all, number))
                            .chain(byCounter -> {
                        // an open or paused counter's fields say who calls what now: the open counters per field
                        List<Long> fieldsBefore = existing == null ? List.of() : byCounter.getOrDefault(existing.id, List.of());
                        boolean queueMoves = existing != null && existing.state != CounterState.CLOSED
                                && !new HashSet<>(fieldsBefore).equals(new HashSet<>(fieldIds));
                        Counter counter = existing != null ? existing : new Counter();
                        String labelBefore = counter.label;
                        String addressBefore = counter.displayAddress;
                        counter.centerId = center.id;
                        counter.number = number;
                        counter.label = settings.label();
                        counter.displayAddress = settings.displayAddress() == null || settings.displayAddress().isBlank()
                                ? null : settings.displayAddress().strip();
                        // the same settings saved again change nothing a screen or kiosk shows
                        boolean layoutChanges = existing == null || !fieldsBefore.equals(fieldIds)
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

    /** 409 when a field taken off this counter has people waiting in it and no other counter serves it. */
    private Uni<Void> leavesNoFieldUnserved(Center center, Counter existing, Map<Long, List<Long>> byCounter,
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
     */
    public Uni<CounterView> changeState(String centerCode, int number, CounterState target) {
        return journal.transaction(tx -> centers.require(centerCode).chain(center -> access.actorIn(center)
                .chain(actor -> tickets.lockCounter(center.id, number, day(center)).chain(at -> {
                    Counter counter = at.counter();
                    if (target == CounterState.CLOSED && at.busyCode() != null) {
                        throw Problem.conflict(w -> w.counterBusyCannotClose(number, at.busyCode()));
                    }
                    if (target != CounterState.OPEN) {
                        access.requireCounterHolder(number, counter.officer, actor);
                    }
                    if (target == CounterState.PAUSED && counter.state == CounterState.CLOSED) {
                        // paused, it would take transfers for an officer nobody is
                        throw Problem.conflict(w -> w.counterClosedCannotPause(number));
                    }
                    if (counter.state == target && (target != CounterState.OPEN || actor.equals(counter.officer))) {
                        return Uni.createFrom().item(counter);
                    }
                    boolean takeover = target == CounterState.OPEN && at.busyCode() != null && !actor.equals(counter.officer);
                    counter.state = target;
                    counter.officer = target == CounterState.CLOSED ? null
                            : target == CounterState.OPEN ? actor : counter.officer;
                    Uni<Integer> released = target == CounterState.CLOSED ? tickets.releaseWaitingFor(counter.id, day(center))
                            : takeover ? tickets.handOverAt(counter.id, day(center), actor)
                            : Uni.createFrom().item(0);
                    // open counters divide the estimated waits, and the tickets released wait in their fields again
                    return released.chain(() -> queue.queueChanged(center)).chain(waiting -> tx.recordWithQueue(center,
                            new CounterStateChanged(number, target.name(), counter.officer), waiting))
                            .replaceWith(counter);
                })))
                .chain(counter -> counters.fieldsByCounter(counter.centerId).chain(ids -> fields.byId(counter.centerId)
                        .map(byId -> CounterView.of(counter, codes(ids.get(counter.id), byId))))));
    }

    private LocalDate day(Center center) {
        return center.serviceDay(clock.instant());
    }

    private static List<String> codes(List<Long> ids, Map<Long, Field> byId) {
        return ids == null ? List.of() : ids.stream().map(id -> byId.get(id).code).toList();
    }
}
