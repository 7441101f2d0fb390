package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.onedoor.catalog.FieldRepository;
import org.onedoor.catalog.ProcedureRepository;
import org.onedoor.center.Center;
import org.onedoor.common.Problem;
import org.onedoor.counter.CounterRepository;
import org.onedoor.counter.CounterState;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.EventJournal.GuardedChange;
import org.onedoor.floor.FloorEventBody;
import org.onedoor.floor.FloorEventBody.TicketCancelled;
import org.onedoor.floor.FloorEventBody.TicketDone;
import org.onedoor.floor.FloorEventBody.TicketNoShow;
import org.onedoor.floor.FloorEventBody.TicketRated;
import org.onedoor.floor.FloorEventBody.TicketRecalled;
import org.onedoor.floor.FloorEventBody.TicketServing;
import org.onedoor.floor.FloorEventBody.TicketTransferred;
import org.onedoor.floor.QueueCount;
import org.onedoor.floor.TicketRef;
import org.onedoor.floor.voice.Announcement;
import org.onedoor.security.StaffAccess;

/**
 * What an officer does with a ticket once it is called: recall, start, complete, no-show,
 * cancel, transfer. Each checks the transition is legal (409 otherwise) and that no other officer
 * is handling the ticket, and writes it with its event unless someone changed it first (see act).
 */
@ApplicationScoped
public class TicketActions {

    /** Events after which the waiting counts or estimates differ (completion teaches the service time). */
    private static final Set<Class<?>> QUEUE_CHANGERS = Set.of(TicketTransferred.class, TicketCancelled.class,
            TicketDone.class);

    /**
     * Actions that put a ticket back into the floor's flow, allowed only on the day it was issued:
     * once its service day has ended nobody waits for it and no screen shows it. Closing one out
     * (complete, no-show, cancel, a rating) stays allowed, so a late citizen's record is right.
     */
    private static final Set<String> SAME_DAY_ONLY = Set.of("recall", "start serving", "transfer");

    @Inject
    TicketRepository tickets;

    @Inject
    FieldRepository fields;

    @Inject
    CounterRepository counters;

    @Inject
    ProcedureRepository procedures;

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

    /** Announces the ticket again; its place and times do not change. */
    public Uni<TicketView> recall(UUID id) {
        return act(id, "recall", EnumSet.of(TicketState.CALLED), (t, c) -> {
            t.recallCount++;
            return done();
        }, simple(ref -> new TicketRecalled(ref, Announcement.forCall(ref.code(), ref.counter()))));
    }

    public Uni<TicketView> start(UUID id) {
        return act(id, "start serving", EnumSet.of(TicketState.CALLED), (t, c) -> {
            t.state = TicketState.SERVING;
            t.startedAt = clock.instant();
            return done();
        }, simple(TicketServing::new));
    }

    public Uni<TicketView> complete(UUID id, String procedureCode) {
        return act(id, "complete", EnumSet.of(TicketState.SERVING), (t, c) -> {
            t.state = TicketState.DONE;
            t.finishedAt = clock.instant();
            if (procedureCode == null) {
                return done();
            }
            return procedures.require(c.id, procedureCode).invoke(p -> {
                // the reports count procedures by field: a land procedure on a civil-status ticket would skew both
                if (!p.fieldId.equals(t.fieldId)) {
                    throw Problem.badRequest(w -> w.procedureOfOtherField(p.code, t.code));
                }
                t.procedureId = p.id;
            }).replaceWithVoid();
        }, (ref, origin, view) -> new TicketDone(ref, view.procedure()));
    }

    /** The citizen did not come: allowed once the ticket was recalled as often as the center asks. */
    public Uni<TicketView> noShow(UUID id) {
        return act(id, "mark as no-show", EnumSet.of(TicketState.CALLED), (t, c) -> {
            if (t.recallCount < c.recallsBeforeNoShow) {
                throw Problem.conflict(w -> w.recallFirst(t.code, c.recallsBeforeNoShow));
            }
            t.state = TicketState.NO_SHOW;
            t.finishedAt = clock.instant();
            return done();
        }, simple(TicketNoShow::new));
    }

    public Uni<TicketView> cancel(UUID id) {
        return act(id, "cancel", EnumSet.of(TicketState.WAITING, TicketState.CALLED), (t, c) -> {
            t.state = TicketState.CANCELLED;
            t.finishedAt = clock.instant();
            return done();
        }, simple(TicketCancelled::new));
    }

    /** The citizen's rating, from the screen of the counter that served the ticket; once per ticket. */
    public Uni<TicketView> rate(UUID id, Satisfaction score) {
        return act(id, "rate", EnumSet.of(TicketState.DONE), (t, c) -> {
            Long screenCounter = access.deviceCounterId();
            if (screenCounter == null || !screenCounter.equals(t.counterId)) {
                throw Problem.forbidden(w -> w.onlyServingScreenRates(t.code));
            }
            if (!RatingWindow.takesRating(t, clock.instant())) {
                // done, as act checked: so rated already, or too late
                throw t.rating != null ? Problem.conflict(w -> w.alreadyRated(t.code))
                        : Problem.conflict(w -> w.ratingTooLate(t.code, RatingWindow.LENGTH.toMinutes()));
            }
            t.rating = score;
            t.ratedAt = clock.instant();
            return done();
        }, simple(ref -> new TicketRated(ref, score.name())));
    }

    /**
     * Sends the ticket to another field and/or one counter. It waits again with its original
     * arrival time, so the citizen does not go to the back of the queue.
     */
    public Uni<TicketView> transfer(UUID id, TransferRequest to) {
        if (to == null || (to.field() == null && to.counter() == null)) {
            throw Problem.badRequest(w -> w.sayTransferWhere());
        }
        return act(id, "transfer", EnumSet.of(TicketState.WAITING, TicketState.CALLED, TicketState.SERVING), (t, c) -> {
            Uni<Long> fieldId = to.field() == null ? Uni.createFrom().item(t.fieldId)
                    : fields.require(c.id, to.field()).chain(f -> to.counter() != null ? Uni.createFrom().item(f.id)
                            : queue.load(c, QueueService.Detail.LAYOUT).map(floor -> {
                                // sent to its lane, it would wait for a counter that never calls it
                                if (!f.active || floor.countersServing(f.id).isEmpty()) {
                                    throw Problem.conflict(w -> w.nobodyServesTransfer(f.code));
                                }
                                return f.id;
                            }));
            Uni<Long> counterId = to.counter() == null ? Uni.createFrom().nullItem()
                    : counters.require(c.id, to.counter()).map(counter -> {
                        // nobody would call it there (closing a counter sends its tickets back to their fields)
                        if (counter.state == CounterState.CLOSED) {
                            throw Problem.conflict(w -> w.counterClosedNoTransfer(counter.number));
                        }
                        return counter.id;
                    });
            return fieldId.chain(newField -> counterId.invoke(newCounter -> {
                // to where it is already, in the same field: nothing changes, but the visit it ends
                // would count one citizen twice in the officer's and the counter's figures
                if (newCounter != null && newField.equals(t.fieldId)
                        && (newCounter.equals(t.counterId) || newCounter.equals(t.targetCounterId))) {
                    throw Problem.conflict(w -> w.alreadyAtThatCounter(t.code, to.counter()));
                }
                t.fieldId = newField;
                t.targetCounterId = newCounter;
                t.state = TicketState.WAITING;
                t.counterId = null;
                t.officer = null;
                t.calledAt = null;
                t.startedAt = null;
                t.recallCount = 0;
                t.transferCount++;
            })).replaceWithVoid();
        }, (ref, origin, view) -> new TicketTransferred(ref, origin.field(), origin.counter()));
    }

    /** Where the ticket was before the action, for the transfer event. */
    private record Origin(String field, Integer counter) {
    }

    private interface EventFactory {
        FloorEventBody make(TicketRef ref, Origin origin, TicketView view);
    }

    private static EventFactory simple(Function<TicketRef, FloorEventBody> event) {
        return (ref, origin, view) -> event.apply(ref);
    }

    /**
     * How many times an action reads the ticket and tries to write it before it gives up. An attempt
     * fails only when another action on the ticket succeeded since its read, so no action fails while
     * fewer than this many act on one ticket at once (a double click, an officer and a manager: a few).
     */
    static final int ATTEMPTS = 16;

    /** One action asked for: which ticket, what it is called in messages, and what it does. */
    private record Request(UUID id, String action, Set<TicketState> allowed, BiFunction<Ticket, Center, Uni<Void>> change,
            EventFactory event) {
    }

    /**
     * Reads the ticket, checks the action is allowed, applies it to the copy read, and writes the
     * copy with the action's events (and a QueueChanged when the action changes what waits or the
     * learned service time) in one statement, only if no one changed the ticket since it was read.
     * If someone did, it starts again from the read, so the checks see what they did. One statement
     * with no transaction around it, instead of a transaction holding the ticket's lock: half the
     * round trips to the database, and no lock held while this node works.
     */
    private Uni<TicketView> act(UUID id, String action, Set<TicketState> allowed,
            BiFunction<Ticket, Center, Uni<Void>> change, EventFactory event) {
        Request request = new Request(id, action, allowed, change, event);
        return journal.withoutTransaction(() -> attempt(request, 1));
    }

    private Uni<TicketView> attempt(Request request, int attempt) {
        return tickets.readWithCenter(request.id()).chain(read -> access.actorIn(read.center())
                .chain(actor -> queue.load(read.center(), QueueService.Detail.LAYOUT)
                        .chain(before -> check(request, read.ticket(), before.day(), actor)
                                .chain(() -> apply(request, read.ticket(), read.center(), before, attempt)))));
    }

    /** The action applied to the ticket as read, written only if no one changed it since. */
    private Uni<TicketView> apply(Request request, Ticket ticket, Center center, FloorState before, int attempt) {
        Origin origin = new Origin(before.field(ticket.fieldId).code, before.counterNumber(ticket.counterId));
        Ticket.WaitingIn left = ticket.waitingIn();
        EndedVisit visit = EndedVisit.of(ticket, clock.instant());
        return request.change().apply(ticket, center)
                // a waiting ticket's view shows its place, which needs the queue
                .chain(() -> ticket.state == TicketState.WAITING
                        ? queue.load(center, QueueService.Detail.ESTIMATES)
                        : Uni.createFrom().item(before))
                .chain(after -> queries.view(ticket, after).chain(view -> {
                    FloorEventBody body = request.event().make(TicketView.ref(ticket, after), origin, view);
                    return queueAfter(body, ticket, after, left)
                            .chain(queue -> journal.applyWithEvents(center, write(ticket, visit), body, queue))
                            .chain(applied -> applied ? Uni.createFrom().item(view) : again(request, ticket, attempt));
                }));
    }

    /** The ticket's change, with the visit at a counter it ended if it waits again (a transfer), for the reports. */
    private static GuardedChange write(Ticket ticket, EndedVisit visitBefore) {
        return TicketRepository.updateIfUnchanged(ticket, ticket.state == TicketState.WAITING ? visitBefore : null);
    }

    /** Fails with a 409 unless the ticket's state and day allow the action and the actor may act on it. */
    private Uni<Void> check(Request request, Ticket ticket, LocalDate today, String actor) {
        if (!ticket.serviceDay.equals(today) && SAME_DAY_ONLY.contains(request.action())) {
            throw Problem.conflict(w -> w.ticketOfEndedDay(ticket.code, ticket.serviceDay.toString(),
                    w.ticketAction(request.action())));
        }
        if (request.action().equals("complete") && ticket.state == TicketState.CALLED && ticket.serviceDay.equals(today)) {
            // the officer skipped Start: say which button, as the service time is counted from it; to
            // a colleague, whose Start would be refused too, say whose citizen it is
            if (othersTicket(ticket, actor)) {
                return handledByOther(ticket, request);
            }
            throw Problem.conflict(w -> w.startBeforeComplete(ticket.code));
        }
        if (!request.allowed().contains(ticket.state)) {
            throw Problem.conflict(w -> w.ticketStateForbids(ticket.code, w.ticketState(ticket.state.name()),
                    w.ticketAction(request.action())));
        }
        return othersTicket(ticket, actor) ? handledByOther(ticket, request) : Uni.createFrom().voidItem();
    }

    /** A ticket at another officer's counter, which this actor may not overrule. */
    private boolean othersTicket(Ticket ticket, String actor) {
        return ticket.state.atCounter() && ticket.officer != null && !ticket.officer.equals(actor) && !access.canOverrule();
    }

    /** The refusal names the colleague as the floor knows them (their display name), not by their username. */
    private Uni<Void> handledByOther(Ticket ticket, Request request) {
        return access.knownAs(ticket.officer).map(officer -> {
            throw Problem.conflict(w -> w.handledByOther(ticket.code, officer, w.ticketAction(request.action())));
        });
    }

    /** The queue after the action, when the action changes it; otherwise null. */
    private Uni<QueueCount> queueAfter(FloorEventBody body, Ticket ticket, FloorState after, Ticket.WaitingIn left) {
        // closing out an ended day's ticket changes nothing waiting today, and its service time
        // (a night in it) would skew today's estimates
        if (!QUEUE_CHANGERS.contains(body.getClass()) || !ticket.serviceDay.equals(after.day())) {
            return Uni.createFrom().nullItem();
        }
        return queue.queueChangedAfter(after, left, ticket, body instanceof TicketDone);
    }

    /** Someone changed the ticket since it was read: read it again, or give up after {@link #ATTEMPTS}. */
    private Uni<TicketView> again(Request request, Ticket ticket, int attempt) {
        if (attempt >= ATTEMPTS) {
            throw Problem.conflict(w -> w.keptChanging(ticket.code, w.ticketAction(request.action())));
        }
        return attempt(request, attempt + 1);
    }

    private static Uni<Void> done() {
        return Uni.createFrom().voidItem();
    }
}
