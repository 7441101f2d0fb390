package org.onedoor.ticket;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.onedoor.catalog.ProcedureRepository;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
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

    @WithSession
    public Uni<TicketView> byId(UUID id) {
        return tickets.require(id).chain(ticket -> centers.findById(ticket.centerId).call(access::actorIn)
                .chain(center -> queue.load(center, ticket.state == TicketState.WAITING))
                .chain(floor -> procedureCode(ticket).map(code -> TicketView.of(ticket, floor, code))));
    }

    @WithSession
    public Uni<TrackView> track(String token) {
        return tickets.findByTrackingToken(token)
                .onItem().ifNull().failWith(() -> Problem.notFound("No ticket with this tracking link."))
                .chain(ticket -> centers.findById(ticket.centerId)
                        .chain(center -> queue.load(center, ticket.state == TicketState.WAITING))
                        .map(floor -> {
                            QueueEstimator.Place place = floor.estimator().placeOf(ticket.id);
                            var field = floor.field(ticket.fieldId);
                            Integer counter = floor.counterNumber(ticket.counterId != null ? ticket.counterId
                                    : ticket.targetCounterId);
                            return new TrackView(floor.center().code, floor.center().name, ticket.code, field.code,
                                    field.names, ticket.state, place == null ? null : place.position(),
                                    place == null ? null : place.ahead(),
                                    place == null ? null : place.estimatedWaitMinutes(), counter,
                                    floor.center().lastEventSeq);
                        }));
    }

    private Uni<String> procedureCode(Ticket ticket) {
        return ticket.procedureId == null ? Uni.createFrom().nullItem()
                : procedures.findById(ticket.procedureId).map(p -> p.code);
    }
}
