package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.security.StaffAccess;

@Path("/api/centers/{center}/queue")
@Tag(name = "Queue")
public class QueueResource {

    @Inject
    QueueService queue;

    @Inject
    StaffAccess access;

    @GET
    @PermitAll
    @Operation(summary = "Waiting tickets per field with estimates, and who is served at each counter")
    public Uni<QueueView> queue(@PathParam("center") String center) {
        return queue.queue(center).map(view -> access.isStaff() ? view : view.withoutOfficers());
    }
}
