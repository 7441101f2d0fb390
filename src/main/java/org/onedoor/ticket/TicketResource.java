package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;
import org.onedoor.security.Role;

@Path("/api/tickets")
@Tag(name = "Tickets")
public class TicketResource {

    @Inject
    TicketActions actions;

    @Inject
    TicketQueries queries;

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.GUIDE})
    @Operation(summary = "One ticket, with its place while it waits")
    public Uni<TicketView> get(@PathParam("id") String id) {
        return queries.byId(uuid(id));
    }

    @POST
    @Path("/{id}/recall")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "Announce a called ticket again")
    public Uni<TicketView> recall(@PathParam("id") String id) {
        return actions.recall(uuid(id));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "The citizen arrived at the counter: start serving")
    public Uni<TicketView> start(@PathParam("id") String id) {
        return actions.start(uuid(id));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "Service finished; optionally name the procedure handled")
    public Uni<TicketView> complete(@PathParam("id") String id, @Valid CompleteRequest request) {
        return actions.complete(uuid(id), request == null ? null : request.procedure());
    }

    /**
     * The same without a body: a counter button or a plain {@code curl -X POST} sends none. A body
     * of another type is refused, not ignored: its procedure would be silently lost.
     */
    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "Service finished (no procedure named)")
    public Uni<TicketView> completeWithoutBody(@PathParam("id") String id, byte[] body) {
        if (body != null && body.length > 0) {
            throw new Problem(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Name the procedure as application/json ({\"procedure\": \"1.001193\"}), or send no body.");
        }
        return actions.complete(uuid(id), null);
    }

    @POST
    @Path("/{id}/no-show")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "The citizen did not come after being recalled")
    public Uni<TicketView> noShow(@PathParam("id") String id) {
        return actions.noShow(uuid(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.GUIDE})
    @Operation(summary = "Cancel a waiting or called ticket")
    public Uni<TicketView> cancel(@PathParam("id") String id) {
        return actions.cancel(uuid(id));
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "Send a ticket to another field or counter; it keeps its arrival time")
    public Uni<TicketView> transfer(@PathParam("id") String id, @Valid @NotNull TransferRequest request) {
        return actions.transfer(uuid(id), request);
    }

    @POST
    @Path("/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COUNTER_SCREEN)
    @Operation(summary = "The citizen's satisfaction, from the screen of the counter that served the ticket (once)")
    public Uni<TicketView> rate(@PathParam("id") String id, @Valid @NotNull RatingRequest request) {
        // the screen faces the citizen: the guidance officer's note is not for it
        return actions.rate(uuid(id), request.score()).map(TicketView::withoutStaffNotes);
    }

    /** Ticket ids are UUIDs; anything else cannot name a ticket, so it is a 404, not a 500. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound(w -> w.noTicketWithId(id));
        }
    }
}
