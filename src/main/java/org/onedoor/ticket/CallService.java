package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.center.PriorityPolicy;
import org.onedoor.common.Problem;
import org.onedoor.counter.Counter;
import org.onedoor.counter.CounterState;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.TicketCalled;
import org.onedoor.floor.voice.Announcement;
import org.onedoor.security.StaffAccess;
import org.onedoor.ticket.TicketRepository.PriorityFilter;

/**
 * Calls tickets to counters. Each call locks the counter row first (one call at a time per
 * counter, and a consistent count for the RATIO policy), then the ticket with SKIP LOCKED.
 */
@ApplicationScoped
public class CallService {

    @Inject
    CenterRepository centers;

    @Inject
    TicketRepository tickets;

    @Inject
    QueueService queue;

    @Inject
    TicketQueries queries;

    @Inject
    EventJournal journal;

    @Inject
    StaffAccess access;

    @Inject
    Clock clock;

    /** Calls the right next ticket to the counter, or returns null when nothing waits for it. */
    public Uni<TicketView> callNext(String centerCode, int counterNumber) {
        return journal.transaction(tx -> centers.require(centerCode).chain(center -> access.actorIn(center)
                .chain(actor -> queue.load(center, QueueService.Detail.LAYOUT).chain(floor -> readyCounter(floor, counterNumber, actor)
                        .chain(counter -> pickNext(center, counter, floor).chain(ticket -> {
                            if (ticket == null) {
                                return Uni.createFrom().nullItem();
                            }
                            return call(tx, floor, counter, ticket, actor);
                        }))))));
    }

    /** Calls one ticket by its code: a citizen who came back, or one the officer picks. */
    public Uni<TicketView> callCode(String centerCode, int counterNumber, String code) {
        return journal.transaction(tx -> centers.require(centerCode).chain(center -> access.actorIn(center)
                .chain(actor -> queue.load(center, QueueService.Detail.LAYOUT).chain(floor -> readyCounter(floor, counterNumber, actor)
                        .chain(counter -> tickets.lockByCode(center.id, floor.day(), code).chain(ticket -> {
                            if (ticket.state != TicketState.WAITING && ticket.state != TicketState.NO_SHOW) {
                                throw Problem.conflict(w -> w.onlyWaitingCallable(code, w.ticketState(ticket.state.name())));
                            }
                            return call(tx, floor, counter, ticket, actor);
                        }))))));
    }

    /** Marks the ticket called here; the event is recorded last, so the center stays locked briefly. */
    private Uni<TicketView> call(EventJournal.Recorder tx, FloorState floor, Counter counter, Ticket ticket, String actor) {
        if (ticket.state == TicketState.NO_SHOW) {
            // the row goes on to hold the new call: the first one is kept as a visit, as a transfer's is
            tx.insertWithEvents(floor.center(), EndedVisit.ofNoShow(ticket));
        }
        // a call by code counts for the RATIO policy too: the citizen called was served either way
        counter.normalCallsSincePriority = ticket.priorityGroupId != null ? 0 : counter.normalCallsSincePriority + 1;
        ticket.state = TicketState.CALLED;
        ticket.counterId = counter.id;
        ticket.targetCounterId = null;
        ticket.officer = actor;
        ticket.calledAt = clock.instant();
        ticket.startedAt = null;
        ticket.finishedAt = null;
        ticket.recallCount = 0;
        return queries.view(ticket, floor).call(view -> queue.withEstimates(floor).chain(queue::queueChanged)
                .chain(waiting -> tx.recordWithQueue(floor.center(), new TicketCalled(TicketView.ref(ticket, floor),
                        Announcement.forCall(ticket.code, counter.number)), waiting)));
    }

    /**
     * The counter, locked, once it is open, free for the next citizen and the actor's own: an
     * officer calls only to the counter they opened (a manager may call to any).
     */
    private Uni<Counter> readyCounter(FloorState floor, int number, String actor) {
        return tickets.lockCounter(floor.center().id, number, floor.day()).map(at -> {
            Counter counter = at.counter();
            if (counter.state != CounterState.OPEN) {
                throw Problem.conflict(w -> w.counterNotOpen(number, w.counterState(counter.state.name())));
            }
            access.requireCounterHolder(number, counter.officer, counter.officerName, actor);
            if (at.busyCode() != null) {
                throw Problem.conflict(w -> w.counterBusy(number, at.busyCode(), w.ticketState(at.busyState().name())));
            }
            return counter;
        });
    }

    /**
     * STRICT: priority tickets first. RATIO N:1: after N normal calls at this counter, one
     * priority ticket if any waits; otherwise a normal one, and a priority one if only those wait.
     */
    private Uni<Ticket> pickNext(Center center, Counter counter, FloorState floor) {
        LocalDate day = floor.day();
        List<Long> fields = floor.fieldsByCounter().getOrDefault(counter.id, List.of());
        if (center.priorityPolicy == PriorityPolicy.STRICT) {
            return tickets.lockNextWaiting(center.id, day, counter.id, fields, PriorityFilter.ANY, true);
        }
        boolean priorityTurn = counter.normalCallsSincePriority >= center.priorityRatio;
        PriorityFilter first = priorityTurn ? PriorityFilter.PRIORITY_ONLY : PriorityFilter.NORMAL_ONLY;
        PriorityFilter second = priorityTurn ? PriorityFilter.NORMAL_ONLY : PriorityFilter.PRIORITY_ONLY;
        return tickets.lockNextWaiting(center.id, day, counter.id, fields, first, false)
                .chain(ticket -> ticket != null ? Uni.createFrom().item(ticket)
                        : tickets.lockNextWaiting(center.id, day, counter.id, fields, second, false));
    }
}
