package org.onedoor.center;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.security.Role;

/** A center's closed dates: public holidays, a day of training or of moving. */
@Path("/api/centers/{center}/closed-days")
@Tag(name = "Centers")
public class ClosedDayResource {

    @Inject
    ClosedDayService closedDays;

    @GET
    @PermitAll
    @Operation(summary = "The center's closed dates from today on (public, as its opening hours are)")
    public Uni<List<ClosedDayView>> upcoming(@PathParam("center") String center) {
        return closedDays.upcoming(center);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Close the center on a date, or on every date from `from` to `to` (at most 31), with a reason")
    public Uni<Response> close(@PathParam("center") String center, ClosingRequest request) {
        return closedDays.close(center, request == null ? new ClosingRequest(null, null, null) : request)
                .map(list -> Response.created(URI.create("/api/centers/" + center + "/closed-days")).entity(list).build());
    }

    @DELETE
    @Path("/{day}")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Open the center again on a closed date still to come")
    public Uni<Response> reopen(@PathParam("center") String center, @PathParam("day") String day) {
        return closedDays.reopen(center, day).replaceWith(Response.noContent().build());
    }
}
