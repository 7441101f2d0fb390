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

@Path("/api/centers/{center}/queue")
@Tag(name = "Queue")
public class QueueResource {

    @Inject
    QueueService queue;

    @GET
    @PermitAll
    @Operation(summary = "Waiting tickets per field with estimates, and who is served at each counter")
    public Uni<QueueView> queue(@PathParam("center") String center) {
        return queue.queue(center);
    }
}
