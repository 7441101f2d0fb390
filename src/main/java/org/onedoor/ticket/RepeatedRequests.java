package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.hibernate.exception.ConstraintViolationException;
import org.onedoor.center.Center;
import org.onedoor.common.Problem;

/**
 * A ticket request sent again with the id of one already answered: a kiosk or guidance desk whose
 * answer was lost on the way, or that timed out and asked again. It gets the ticket the first
 * request issued, not a second ticket for the same citizen. The ids live in {@code ticket_request}
 * (V16), where a kiosk's offline ticket handed back with the id of the request it gave up on takes
 * the id too: the repeat then gets that ticket, the one the citizen holds.
 */
@ApplicationScoped
public class RepeatedRequests {

    /** An issue's answer: a new ticket (201) or, for a repeated request, the one issued before (200). */
    public record Answered<T>(T body, boolean repeated) {

        /** 201 Created at {@code location}, or 200 with it as Content-Location for a repeat. */
        public Response response(URI location) {
            return (repeated ? Response.ok().contentLocation(location) : Response.created(location)).entity(body).build();
        }
    }

    @Inject
    TicketRepository tickets;

    @Inject
    TicketQueries queries;

    @Inject
    QueueService queue;

    /** The ticket written for {@code requestId} in the center, or null (also when no id was given). */
    public Uni<Ticket> ticketOf(long centerId, String requestId) {
        if (requestId == null) {
            return Uni.createFrom().nullItem();
        }
        return tickets.getSession().chain(s -> s.createNativeQuery("SELECT t.* FROM ticket_request r JOIN ticket t"
                        + " ON t.id = r.ticket_id WHERE r.center_id = :center AND r.request_id = :request", Ticket.class)
                .setParameter("center", centerId).setParameter("request", requestId).getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The ticket as it is now, as a repeat's answer shows it (409 if there is none after all). */
    public Uni<TicketView> viewOf(Center center, Ticket ticket) {
        if (ticket == null) {
            return Uni.createFrom().failure(Problem.conflict(w -> w.requestAnswered()));
        }
        return queue.load(center, TicketQueries.detailFor(ticket)).chain(floor -> queries.view(ticket, floor));
    }

    /**
     * Whether a request failed because its id was taken already: the ticket's insert claims the id
     * in the same statement, so a repeat is found out there, at no cost to a first request (no
     * look-up before it), and is then answered as a repeat, from a new session. A repeat that
     * arrives while the first is still running waits for it at the field's number row, and so
     * finds its id committed.
     */
    public static boolean claimedBefore(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && "ticket_request_pkey".equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
