package org.onedoor.kiosk;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.DatabaseOutage;
import org.onedoor.common.Problem;
import org.onedoor.device.DeviceIdentityProvider;
import org.onedoor.security.Role;
import org.onedoor.ticket.IssueRequest;

/** Where a paired kiosk takes tickets, in the center of its token. */
@Path("/api/kiosk/tickets")
@Tag(name = "Kiosk")
public class KioskTicketResource {

    @Inject
    KioskTickets tickets;

    @Inject
    SecurityIdentity identity;

    @Inject
    KioskTicketLimiter limiter;

    @POST
    @RolesAllowed(Role.KIOSK)
    @Operation(summary = "Take a ticket at a kiosk (Bearer kiosk token): the ticket, its print job and the printer's state")
    @APIResponse(responseCode = "201", description = "The ticket; printer READY means a paper copy is coming")
    @APIResponse(responseCode = "200", description = "The ticket this requestId got before (a repeat): nothing printed again")
    @APIResponse(responseCode = "503", description = "Not issued: the database is away, or the ticket could not be"
            + " written within onedoor.kiosk.tickets.commit-within (the kiosk then gives a number of its own)")
    @APIResponse(responseCode = "409", description = "The center is closed, the field is closed or full, or no counter serves it")
    @APIResponse(responseCode = "429", description = "This kiosk issues faster than its limit (onedoor.kiosk.tickets.*): "
            + "nothing issued; Retry-After says when to try again")
    public Uni<Response> issue(@Valid @NotNull IssueRequest request, @Context UriInfo uri) {
        long kiosk = DeviceIdentityProvider.deviceId(identity);
        limiter.take(kiosk);
        // a ticket not issued, or issued before (a repeat), does not count towards the kiosk's limit
        return tickets.issue(kiosk, request).onFailure(KioskTicketResource::nothingIssued).invoke(() -> limiter.giveBack(kiosk))
                .invoke(answered -> {
                    if (answered.repeated()) {
                        limiter.giveBack(kiosk);
                    }
                })
                .map(answered -> answered.response(
                        uri.getBaseUriBuilder().path("api/tickets/{id}").build(answered.body().ticket().id())));
    }

    /** The database was away, or the ticket was rolled back for taking too long. */
    private static boolean nothingIssued(Throwable failure) {
        return DatabaseOutage.causedBy(failure)
                || failure instanceof Problem problem && problem.status() == Response.Status.SERVICE_UNAVAILABLE;
    }
}
