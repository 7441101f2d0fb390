package org.onedoor.ticket;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.catalog.Field;
import org.onedoor.catalog.PriorityGroupRepository;
import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureRepository;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.common.RandomTokens;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.TicketCancelled;
import org.onedoor.floor.FloorEventBody.TicketIssued;
import org.onedoor.security.Role;
import org.onedoor.security.StaffAccess;
import org.onedoor.ticket.RepeatedRequests.Answered;

/**
 * Issues tickets: the next number of the field for today, with no duplicate and no gap but the
 * numbers leased to kiosks for outages (see KioskLeases), which are recorded when handed back.
 */
@ApplicationScoped
public class TicketIssuer {

    @Inject
    CenterRepository centers;

    @Inject
    ProcedureRepository procedures;

    @Inject
    PriorityGroupRepository groups;

    @Inject
    TicketRepository tickets;

    @Inject
    WaitingCounts counts;

    @Inject
    QueueService queue;

    @Inject
    TicketQueries queries;

    @Inject
    EventJournal journal;

    @Inject
    RepeatedRequests repeats;

    @Inject
    StaffAccess access;

    @Inject
    Clock clock;

    /** A ticket just issued, with the floor it was issued on, for what follows in the same transaction. */
    public record Issued(Center center, Ticket ticket, TicketView view, FloorState floor) {
    }

    /**
     * Issues a ticket for a signed-in staff member (guidance desk, manager, API client) in their
     * center. Kiosks take theirs through the kiosk feature, which prints them.
     */
    public Uni<Answered<TicketView>> issue(String centerCode, IssueRequest request) {
        if (access.hasRole(Role.KIOSK)) {
            throw Problem.forbidden(w -> w.kioskUsesKioskEndpoint());
        }
        if (request.channel() == Channel.KIOSK) {
            throw Problem.badRequest(w -> w.kioskChannelForDevices());
        }
        Channel channel = request.channel() != null ? request.channel()
                : access.hasRole(Role.GUIDE) ? Channel.GUIDE_DESK : Channel.API;
        return journal.transaction(tx -> centers.require(centerCode).call(access::actorIn)
                        .chain(center -> issueWithin(tx, center, request, channel)))
                .map(issued -> new Answered<>(issued.view(), false))
                .onFailure(RepeatedRequests::claimedBefore).recoverWithUni(() -> Panache.withSession(
                        () -> centers.require(centerCode).chain(center -> repeats.ticketOf(center.id, request.requestId())
                                .chain(before -> repeats.viewOf(center, before)))).map(view -> new Answered<>(view, true)));
    }

    /**
     * Issues a ticket inside the caller's transaction. A kiosk ticket (channel KIOSK) also needs
     * the center to be open and a counter to serve the field: a citizen alone at a kiosk must not
     * get a ticket nobody will call, while the guidance desk may judge otherwise.
     */
    public Uni<Issued> issueWithin(EventJournal.Recorder tx, Center center, IssueRequest request, Channel channel) {
        if (channel == Channel.KIOSK && !center.isOpenAt(clock.instant())) {
            String opensAgain = center.nextOpening(clock.instant()).toString().replace('T', ' ');
            throw Problem.conflict(w -> w.centerClosed(opensAgain));
        }
        // Reads first, locks last: the field's number row and then the center's event row are
        // locked until commit, so every other kiosk of the field waits for as little as possible.
        return queue.load(center, QueueService.Detail.ESTIMATES).chain(floor -> resolveField(floor, request)
                .chain(chosen -> priorityGroupId(center, request).chain(groupId -> {
                    if (channel == Channel.KIOSK && floor.countersServing(chosen.field().id).isEmpty()) {
                        throw Problem.conflict(w -> w.noCounterServes(chosen.field().code));
                    }
                    return tickets.nextNumber(chosen.field().id, floor.day())
                            .map(number -> newTicket(center, chosen, groupId, number,
                                    chosen.field().maxNumber(), floor.day(), request, channel))
                            .chain(ticket -> record(tx, center, floor, ticket, request.requestId()));
                })));
    }

    /**
     * Records, inside the caller's transaction, a ticket a kiosk issued on its own from its leased
     * numbers while it could not reach the server: the number and the arrival time are the
     * kiosk's (already checked against its lease), so the counters call it in its turn, by the code
     * the kiosk gave. With the request id of the online request the kiosk gave up on, it replaces
     * what that request wrote.
     */
    public Uni<Issued> handBackWithin(EventJournal.Recorder tx, Center center, Field field, int number, String code,
            Instant issuedAt, IssueRequest request) {
        return priorityGroupId(center, request).chain(groupId -> queue.load(center, QueueService.Detail.ESTIMATES)
                .chain(floor -> {
                    Ticket ticket = newTicket(center, new Chosen(field, null), groupId, number, field.numberLimit(),
                            center.serviceDay(issuedAt), request, Channel.KIOSK);
                    ticket.code = code; // as the kiosk gave it: the field's numbering may have changed since its lease
                    ticket.issuedAt = issuedAt;
                    return replaceOnlineTwin(tx, center, floor, request.requestId(), ticket)
                            .chain(() -> record(tx, center, floor, ticket, null));
                }));
    }

    /**
     * The citizen holds the offline number: the kiosk showed it, and perhaps printed it. The online
     * request the kiosk gave up on either wrote a ticket (its answer came too late, or was lost),
     * which is cancelled here while it waits, or it has not committed yet, and claiming its id now
     * makes it fail. A twin a counter has called already is left alone: someone may have come for it.
     * The cancelled twin names the offline ticket, and the reports leave it out.
     */
    private Uni<Void> replaceOnlineTwin(EventJournal.Recorder tx, Center center, FloorState floor, String requestId,
            Ticket offline) {
        if (requestId == null) {
            return Uni.createFrom().voidItem();
        }
        return tickets.claimRequest(center.id, requestId, offline.id).chain(claimed -> claimed
                ? Uni.createFrom().voidItem()
                : tickets.cancelRequested(center.id, requestId, offline.id, clock.instant()).chain(twin -> twin == null
                        ? Uni.createFrom().voidItem()
                        : tx.record(center, new TicketCancelled(TicketView.ref(twin, floor)))));
    }

    /**
     * Inserts the ticket and records it with the queue it joined. A ticket handed back from a day
     * that has ended joined that day's queue, not today's: its counts would be wrong on today's
     * screens, so it is recorded without them.
     */
    private Uni<Issued> record(EventJournal.Recorder tx, Center center, FloorState floor, Ticket ticket, String requestId) {
        boolean today = ticket.serviceDay.equals(floor.day());
        return counts.insertCounting(ticket, QueueService.priorityFirst(center), requestId)
                .map(waiting -> queue.afterIssue(ticket, floor, waiting))
                .chain(after -> queries.view(ticket, floor, after.place()).call(view -> {
                    TicketIssued issued = new TicketIssued(TicketView.ref(ticket, floor), ticket.channel.name());
                    return today ? tx.recordWithQueue(center, issued, after.queue()) : tx.record(center, issued);
                }).map(view -> new Issued(center, ticket, view, floor)));
    }

    private record Chosen(Field field, Procedure procedure) {
    }

    /** The field asked for, from the layout in memory (its active flag included: changing it bumps the layout). */
    private Uni<Chosen> resolveField(FloorState floor, IssueRequest request) {
        Center center = floor.center();
        if (request.field() == null && request.procedure() == null) {
            throw Problem.badRequest(w -> w.sayWhichField());
        }
        Uni<Procedure> procedure = request.procedure() == null ? Uni.createFrom().nullItem()
                : procedures.findByCode(center.id, request.procedure()).onItem().ifNull().failWith(() ->
                        Problem.badRequest(w -> w.noProcedure(request.procedure())));
        return procedure.map(p -> {
            Field f = request.field() != null ? floor.field(request.field()) : floor.field(p.fieldId);
            if (f == null) {
                throw Problem.badRequest(w -> w.noField(request.field()));
            }
            if (p != null && !p.fieldId.equals(f.id)) {
                throw Problem.badRequest(w -> w.procedureNotInField(p.code, f.code));
            }
            if (!f.active) {
                throw Problem.conflict(w -> w.fieldNotTaking(f.code));
            }
            return new Chosen(f, p);
        });
    }

    private Uni<Long> priorityGroupId(Center center, IssueRequest request) {
        if (request.priority() == null) {
            return Uni.createFrom().nullItem();
        }
        return groups.requireActive(center.id, request.priority()).map(g -> g.id);
    }

    /**
     * @param limit the highest number allowed: the field's daily cap online; its number limit for a
     *              number handed back, leased above the cap and already in the citizen's hand
     * @param day the service day the number was taken for: a ticket issued as the day rolls over
     *            stays on it, where its number is, and does not take tomorrow's code with it
     */
    private Ticket newTicket(Center center, Chosen chosen, Long groupId, int number, int limit, LocalDate day,
            IssueRequest request, Channel channel) {
        Field field = chosen.field();
        if (number > limit) {
            // Thrown inside the transaction: the number goes back, so the day stays gap-free.
            throw Problem.conflict(w -> w.dailyLimit(field.code, limit));
        }
        Ticket t = new Ticket();
        t.id = UUID.randomUUID();
        t.centerId = center.id;
        t.issuedAt = clock.instant();
        t.serviceDay = day;
        t.fieldId = field.id;
        t.procedureId = chosen.procedure() == null ? null : chosen.procedure().id;
        t.number = number;
        t.code = field.ticketCode(number);
        t.priorityGroupId = groupId;
        // a note is the guidance officer's: a kiosk cannot write one
        t.priorityNote = channel == Channel.KIOSK || request.note() == null || request.note().isBlank() ? null
                : request.note().strip();
        t.language = request.language() != null ? request.language() : "vi";
        t.channel = channel;
        t.state = TicketState.WAITING;
        t.trackingToken = newTrackingToken();
        return t;
    }

    /** 128 random bits, URL-safe: unguessable, so a tracking link reveals only its own ticket. */
    static String newTrackingToken() {
        return RandomTokens.urlSafe(16);
    }
}
