package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.security.Role;

/**
 * Where the guidance desk and other staff take tickets (a kiosk is pointed to its own endpoint),
 * and find today's ticket by its code.
 */
@Path("/api/centers/{center}/tickets")
@Tag(name = "Tickets")
public class IssueResource {

    @Inject
    TicketIssuer issuer;

    @Inject
    TicketQueries queries;

    @GET
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.GUIDE})
    @Operation(summary = "Today's ticket with this code (?code=A014, any case), with its place while it waits")
    @APIResponse(responseCode = "404", description = "No ticket of the center has this code today")
    public Uni<TicketView> byCode(@PathParam("center") String center,
            @QueryParam("code") @NotNull @Pattern(regexp = "[A-Za-z]{0,2}[0-9]{1,4}", message = "{onedoor.ticketCode}") String code) {
        return queries.byCode(center, code);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.GUIDE, Role.KIOSK})
    @Operation(summary = "Issue a ticket for a field (or a procedure), with its place and estimated wait; for staff (kiosks use POST /api/kiosk/tickets)")
    @APIResponse(responseCode = "201", description = "The new ticket")
    @APIResponse(responseCode = "200", description = "The ticket issued before for this request's requestId (a repeat)")
    @APIResponse(responseCode = "409", description = "The field is closed or has reached its daily cap")
    public Uni<Response> issue(@PathParam("center") String center, @Valid @NotNull IssueRequest request,
            @Context UriInfo uri) {
        return issuer.issue(center, request).map(answered -> answered.response(
                uri.getBaseUriBuilder().path("api/tickets/{id}").build(answered.body().id())));
    }
}
