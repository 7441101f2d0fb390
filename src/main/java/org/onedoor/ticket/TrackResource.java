package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
