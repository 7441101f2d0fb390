package org.onedoor.floor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.center.CenterRepository;
import org.onedoor.security.StaffAccess;

@Path("/api/centers/{center}/events")
@Tag(name = "Floor events")
@Authenticated
public class EventResource {

    @Inject
    CenterRepository centers;

    @Inject
    EventJournal journal;

    @Inject
    StaffAccess access;

    @GET
    @WithSession
    @Operation(summary = "The center's floor event log after a sequence number, oldest first (staff and devices of that center)")
    public Uni<List<FloorEvent>> after(@PathParam("center") String center,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
        return centers.require(center).call(access::actorIn).chain(c -> journal.readAfter(c, after, limit));
    }
}
