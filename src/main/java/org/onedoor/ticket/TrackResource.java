package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;
import org.onedoor.security.Role;

/** The public tracking page's data: anyone with the link, no sign-in, no personal data. */
@Path("/api/track")
@Tag(name = "Public tracking")
public class TrackResource {

    @Inject
    TicketQueries queries;

    @GET
    @Path("/{token}")
    @PermitAll
    @Operation(summary = "Public status of one ticket by its tracking token: place, estimate, counter")
    public Uni<TrackView> track(@PathParam("token") String token) {
        return queries.track(token);
    }
}
