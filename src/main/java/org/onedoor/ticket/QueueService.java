package org.onedoor.ticket;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.onedoor.catalog.Field;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.center.PriorityPolicy;
import org.onedoor.counter.Counter;
import org.onedoor.counter.CounterState;
import org.onedoor.floor.FloorEventBody.CounterWaiting;
import org.onedoor.floor.FloorEventBody.FieldWaiting;
import org.onedoor.floor.FloorEventBody.QueueChanged;
import org.onedoor.floor.QueueCount;
import org.onedoor.floor.QueueCounter;
import org.onedoor.ticket.QueueEstimator.FieldLoad;
import org.onedoor.ticket.QueueView.CounterNow;
import org.onedoor.ticket.QueueView.FieldQueue;
import org.onedoor.ticket.QueueView.Serving;
import org.onedoor.ticket.QueueView.WaitingTicket;

/** Reads the floor of a center today: the queue, who is served where, and estimated waits. */
@ApplicationScoped
public class QueueService implements QueueCounter {

    @Inject
    CenterRepository centers;

    @Inject
    TicketRepository tickets;

    @Inject
    WaitingCounts counts;

    @Inject
    FloorLayouts layouts;

    @Inject
    ServiceTimes serviceTimes;

    @Inject
    Clock clock;

    @WithSession
    public Uni<QueueView> queue(String centerCode) {
        return centers.require(centerCode).chain(this::queue);
    }

    /** The queue of a center; runs in the caller's session or transaction. */
    public Uni<QueueView> queue(Center center) {
        return load(center, Detail.QUEUE).map(QueueService::view);
    }

    /** How much of the floor to read: each level adds to the one before. */
    public enum Detail {
        /** Fields, priority groups, counters and what they serve: enough to describe a called ticket. */
        LAYOUT,
        /** And today's service times, for estimating one waiting ticket's wait. */
        ESTIMATES,
        /** And every open ticket with its place: the queue snapshot. */
        QUEUE
    }

    /**
     * Reads the floor; runs inside the caller's session or transaction. The layout comes from
     * memory when it is current ({@link FloorLayouts}); the queue snapshot reads it afresh.
     */
    public Uni<FloorState> load(Center center, Detail detail) {
        return load(center, detail, detail == Detail.QUEUE);
    }

    /** @param freshLayout read the layout from the database, not memory: the caller's transaction may have changed it */
    private Uni<FloorState> load(Center center, Detail detail, boolean freshLayout) {
        LocalDate day = center.serviceDay(clock.instant());
        boolean estimates = detail != Detail.LAYOUT;
        Uni<FloorLayouts.Layout> layout = freshLayout ? layouts.read(center) : layouts.of(center);
        Uni<Map<Long, ServiceTimes.Served>> serviceMinutes = estimates ? serviceTimes.recent(center, day)
                : Uni.createFrom().item(Map.of());
        return layout.chain(l -> openTickets(center, day, detail == Detail.QUEUE)
                .chain(open -> serviceMinutes.map(averages -> {
                    Map<Long, FieldLoad> loads = loads(l.fields(), l.counters(), l.fieldsByCounter(), averages);
                    List<Ticket> waiting = open.stream().filter(t -> t.state == TicketState.WAITING).toList();
                    QueueEstimator estimator = new QueueEstimator(loads, waiting, priorityFirst(center));
                    return new FloorState(center, day, l.version(), l.fields(), l.groups(), l.counters(),
                            l.fieldsByCounter(), open, estimator);
                })));
    }

    /**
     * The waiting counts and estimates per field as they stand in the caller's transaction,
     * including its own changes (the layout read afresh, which flushes them first: a counter
     * opening changes it): the body of a QueueChanged event.
     */
    public Uni<QueueCount> queueChanged(Center center) {
        return load(center, Detail.ESTIMATES, true).chain(this::queueChanged);
    }

    /** A floor already read (any detail) with today's service times added, rather than a new read of the layout. */
    public Uni<FloorState> withEstimates(FloorState floor) {
        return serviceTimes.recent(floor.center(), floor.day()).map(averages -> withAverages(floor, averages));
    }

    private static FloorState withAverages(FloorState floor, Map<Long, ServiceTimes.Served> averages) {
        return new FloorState(floor.center(), floor.day(), floor.layoutVersion(), floor.fields(), floor.groups(), floor.counters(),
                floor.fieldsByCounter(), List.of(), new QueueEstimator(
                        loads(floor.fields(), floor.counters(), floor.fieldsByCounter(), averages), List.of(),
                        priorityFirst(floor.center())));
    }

    /**
     * The QueueChanged written in the same statement as a ticket's change, so read before it: the
     * committed waiting counts, with the ticket taken out of where it waited and put where it waits
     * now; after its completion, the service times with it counted.
     *
     * @param left where the ticket waited before the change ({@link Ticket#waitingIn})
     */
    public Uni<QueueCount> queueChangedAfter(FloorState floor, Ticket.WaitingIn left, Ticket ticket, boolean completes) {
        Uni<Map<Long, ServiceTimes.Served>> times = completes ? serviceTimes.withCompletion(floor.center(), floor.day(), ticket)
                : serviceTimes.recent(floor.center(), floor.day());
        return times.chain(averages -> counts.lanes(floor.center().id, floor.day())
                .map(committed -> counted(withAverages(floor, averages), committed.moved(left, ticket.waitingIn()), committed)));
    }

    /** The same from a floor already read with estimates, when nothing but tickets changed since. */
    public Uni<QueueCount> queueChanged(FloorState floor) {
        return tickets.getSession().chain(session -> session.flush())
                .chain(() -> counts.lanes(floor.center().id, floor.day()))
                .map(lanes -> counted(floor, lanes, lanes));
    }

    /** A ticket just issued: its place, and the queue it joined. */
    public record AfterIssue(QueueEstimator.Place place, QueueCount queue) {
    }

    /**
     * A ticket just issued: its place and the queue it joined ({@link #placeOf} and
     * {@link #queueChanged(FloorState)}), from the count its insert took
     * ({@link WaitingCounts#insertCounting}).
     */
    AfterIssue afterIssue(Ticket ticket, FloorState floor, WaitingCounts.Joined joined) {
        return new AfterIssue(floor.estimator().place(joined.ahead(), ticket.fieldId, false),
                counted(floor, joined.lanes(), joined.lanes()));
    }

    /**
     * The QueueChanged of these counts, with the event number they were counted at; unsure when
     * the layout in hand (the open counters it shows) is not the one the count's snapshot held.
     */
    /** @param counted what the QueueChanged shows; {@code read} the count as the database gave it (its event number and layout) */
    private static QueueCount counted(FloorState floor, WaitingCounts.Lanes counted, WaitingCounts.Lanes read) {
        return new QueueCount(queueChanged(floor, counted),
                read.layoutVersion() == floor.layoutVersion() ? read.atSeq() : QueueCount.UNSURE);
    }

    /**
     * The center as it is now, its layout and today's service times read before {@code lock}, the
     * waiting tickets counted after it; the layout read again, under the lock, if it changed meanwhile.
     */
    @Override
    public Uni<QueueChanged> countUnderLock(String centerCode, Supplier<Uni<Void>> lock) {
        return centers.require(centerCode).chain(center -> load(center, Detail.ESTIMATES)
                .call(floor -> lock.get())
                .chain(floor -> counts.lanes(center.id, floor.day()).chain(lanes -> lanes.layoutVersion() == floor.layoutVersion()
                        ? Uni.createFrom().item(queueChanged(floor, lanes))
                        : queueChanged(center).map(QueueCount::body))));
    }

    /**
     * A field shows every citizen of it who waits (those sent to one counter too: the hall's count),
     * and those in its own lane, which its counters call in turn: the workspace's count, and what a
     * new ticket's estimate is made from, as its slip's is.
     */
    private static QueueChanged queueChanged(FloorState floor, WaitingCounts.Lanes lanes) {
        Map<Long, Integer> perCounter = lanes.perCounter();
        List<FieldWaiting> fields = floor.fields().values().stream()
                .sorted(Comparator.comparingInt((Field f) -> f.displayOrder).thenComparing(f -> f.code))
                .map(f -> {
                    int inLane = lanes.perField().getOrDefault(f.id, 0);
                    return new FieldWaiting(f.code, lanes.inField().getOrDefault(f.id, 0), inLane,
                            floor.estimator().place(inLane, f.id, false).estimatedWaitMinutes(), floor.openCounters(f.id));
                }).toList();
        List<CounterWaiting> counters = floor.counters().stream()
                .filter(c -> perCounter.getOrDefault(c.id, 0) > 0)
                .sorted(Comparator.comparingInt(c -> c.number))
                .map(c -> new CounterWaiting(c.number, perCounter.get(c.id))).toList();
        return new QueueChanged(fields, counters);
    }

    /** A waiting ticket's place, counted in the database; null for a ticket that does not wait. */
    public Uni<QueueEstimator.Place> placeOf(Ticket ticket, FloorState floor) {
        if (ticket.state != TicketState.WAITING) {
            return Uni.createFrom().nullItem();
        }
        return counts.ahead(ticket, priorityFirst(floor.center()))
                .map(ahead -> floor.estimator().place(ahead, ticket.fieldId, ticket.targetCounterId != null));
    }

    /** Whether priority tickets are called before all others (the STRICT policy). */
    static boolean priorityFirst(Center center) {
        return center.priorityPolicy == PriorityPolicy.STRICT;
    }

    private Uni<List<Ticket>> openTickets(Center center, LocalDate day, boolean withQueue) {
        return withQueue ? tickets.openTickets(center.id, day) : Uni.createFrom().item(List.of());
    }

    private static Map<Long, FieldLoad> loads(Map<Long, Field> fieldsById, List<Counter> counterList,
            Map<Long, List<Long>> fieldsByCounter, Map<Long, ServiceTimes.Served> averages) {
        Map<Long, FieldLoad> loads = new HashMap<>();
        for (Field f : fieldsById.values()) {
            int open = 0;
            int configured = 0;
            for (Counter c : counterList) {
                if (fieldsByCounter.getOrDefault(c.id, List.of()).contains(f.id)) {
                    configured++;
                    if (c.state == CounterState.OPEN) {
                        open++;
                    }
                }
            }
            ServiceTimes.Served served = averages.get(f.id);
            double minutes = served == null ? f.serviceMinutes : served.minutes(f.serviceMinutes);
            loads.put(f.id, new FieldLoad(minutes, open, configured));
        }
        return loads;
    }

    private static QueueView view(FloorState floor) {
        Map<Long, List<WaitingTicket>> waitingByField = new HashMap<>();
        floor.openTickets().stream().filter(t -> t.state == TicketState.WAITING).forEach(t -> {
            QueueEstimator.Place place = floor.estimator().placeOf(t.id);
            waitingByField.computeIfAbsent(t.fieldId, k -> new ArrayList<>()).add(new WaitingTicket(t.code,
                    t.priorityGroupId != null, floor.counterNumber(t.targetCounterId), place.position(),
                    place.estimatedWaitMinutes()));
        });
        List<FieldQueue> fieldQueues = floor.fields().values().stream()
                .sorted((a, b) -> a.displayOrder != b.displayOrder ? Integer.compare(a.displayOrder, b.displayOrder)
                        : a.code.compareTo(b.code))
                .map(f -> {
                    List<WaitingTicket> waiting = waitingByField.getOrDefault(f.id, List.of());
                    int open = floor.openCounters(f.id);
                    double average = floor.estimator().serviceMinutes(f.id);
                    // counted as QueueChanged counts them: all, and those in the field's own lane
                    int inLane = (int) waiting.stream().filter(w -> w.counter() == null).count();
                    return new FieldQueue(f.code, f.names, f.colour, waiting.size(), inLane, average, open,
                            floor.estimator().estimateForNewTicket(f.id), waiting);
                }).toList();
        List<CounterNow> counterViews = floor.counters().stream().map(c -> {
            Ticket now = floor.openTickets().stream().filter(t -> c.id.equals(t.counterId) && t.state.atCounter())
                    .findFirst().orElse(null);
            Serving serving = now == null ? null : new Serving(now.id.toString(), now.code,
                    floor.field(now.fieldId).code, now.state.name(), now.calledAt, now.recallCount);
            List<String> codes = floor.fieldsByCounter().getOrDefault(c.id, List.of()).stream()
                    .map(id -> floor.field(id).code).toList();
            int sentHere = (int) floor.openTickets().stream()
                    .filter(t -> t.state == TicketState.WAITING && c.id.equals(t.targetCounterId)).count();
            return new CounterNow(c.number, c.label, c.state.name(), c.officer, c.officerName, codes, serving, sentHere);
        }).toList();
        return new QueueView(floor.center().code, floor.day(), floor.center().lastEventSeq, fieldQueues, counterViews);
    }
}
