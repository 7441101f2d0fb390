package org.onedoor.ticket;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import org.onedoor.catalog.ProcedureRepository;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.counter.CounterState;
import org.onedoor.common.Problem;
import org.onedoor.floor.TicketPrint;
import org.onedoor.security.StaffAccess;

/** Reads single tickets: for staff by id, for the public by tracking token. */
@ApplicationScoped
public class TicketQueries {

    @Inject
    TicketRepository tickets;

    @Inject
    CenterRepository centers;

    @Inject
    ProcedureRepository procedures;

    @Inject
    QueueService queue;

    @Inject
    StaffAccess access;

    @Inject
    Clock clock;

    @WithSession
    public Uni<TicketView> byId(UUID id) {
        return tickets.require(id).chain(ticket -> centers.findById(ticket.centerId).call(access::actorIn)
                .chain(center -> queue.load(center, detailFor(ticket)))
                .chain(floor -> view(ticket, floor)));
    }

    /**
     * Today's ticket of a center by the code on its paper or screen, for its staff: the guidance
     * desk finds a citizen's number it did not give (a kiosk's, a colleague's) to reprint or cancel it.
     */
    @WithSession
    public Uni<TicketView> byCode(String centerCode, String code) {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return centers.require(centerCode).call(access::actorIn)
                .chain(center -> tickets.requireByCode(center.id, center.serviceDay(clock.instant()), wanted)
                        .chain(ticket -> queue.load(center, detailFor(ticket)).chain(floor -> view(ticket, floor))));
    }

    /** What a paper copy of the ticket says, for staff of its center (a reprint). */
    @WithSession
    public Uni<TicketPrint> paper(UUID id) {
        return tickets.require(id).chain(ticket -> centers.findById(ticket.centerId).call(access::actorIn)
                .chain(center -> queue.load(center, detailFor(ticket))
                        .chain(floor -> view(ticket, floor).map(view -> paperOf(center, floor, ticket, view)))));
    }

    /** The paper ticket of a ticket just read or issued: figures as they are now, local time. */
    public static TicketPrint paperOf(Center center, FloorState floor, Ticket ticket, TicketView view) {
        return new TicketPrint(center.name, view.code(), view.field(), floor.field(ticket.fieldId).names, view.priority(),
                view.counters(), view.peopleAhead(), view.estimatedWaitMinutes(),
                view.state() == TicketState.WAITING && floor.openCounters(ticket.fieldId) == 0, LocalDateTime.ofInstant(view.issuedAt(), center.zone()), view.language(), "/t/" + view.trackingToken());
    }

    @WithSession
    public Uni<TrackView> track(String token) {
        return tickets.findByTrackingToken(token)
                .onItem().ifNull().failWith(() -> Problem.notFound(w -> w.noTrackingLink()))
                .chain(ticket -> centers.findById(ticket.centerId)
                        .chain(center -> queue.load(center, detailFor(ticket)))
                        .chain(floor -> queue.placeOf(ticket, floor).map(place -> {
                            var field = floor.field(ticket.fieldId);
                            Integer counter = floor.counterNumber(ticket.counterId != null ? ticket.counterId
                                    : ticket.targetCounterId);
                            return new TrackView(floor.center().code, floor.center().name, ticket.code, field.code,
                                    field.names, ticket.state, place == null ? null : place.position(),
                                    place == null ? null : place.ahead(),
                                    place == null ? null : place.estimatedWaitMinutes(), counter, counterOpen(ticket, floor),
                                    ticket.language, floor.center().lastEventSeq);
                        })));
    }

    /**
     * Whether a counter that would call this waiting ticket is open: the one it was sent to, else
     * one serving its field. False once it is called: a counter opening elsewhere is then no news.
     */
    private static boolean counterOpen(Ticket ticket, FloorState floor) {
        return ticket.state == TicketState.WAITING && floor.counters().stream().filter(c -> c.state == CounterState.OPEN).anyMatch(c -> ticket.targetCounterId != null
                ? c.id.equals(ticket.targetCounterId)
                : floor.fieldsByCounter().getOrDefault(c.id, java.util.List.of()).contains(ticket.fieldId));
    }

    /**
     * The ticket's view: the code of its procedure when it has one, and its place while it waits
     * (the floor must then have been read with estimates).
     */
    Uni<TicketView> view(Ticket ticket, FloorState floor) {
        return queue.placeOf(ticket, floor).chain(place -> view(ticket, floor, place));
    }

    /** The view of a ticket whose place (null if it does not wait) is known already. */
    Uni<TicketView> view(Ticket ticket, FloorState floor, QueueEstimator.Place place) {
        Uni<String> procedureCode = ticket.procedureId == null ? Uni.createFrom().nullItem()
                : procedures.findById(ticket.procedureId).map(p -> p.code);
        return procedureCode.map(code -> TicketView.of(ticket, floor, code, place));
    }

    /** A waiting ticket needs today's service times for its estimate; others only the layout. */
    static QueueService.Detail detailFor(Ticket ticket) {
        return ticket.state == TicketState.WAITING ? QueueService.Detail.ESTIMATES : QueueService.Detail.LAYOUT;
    }
}
