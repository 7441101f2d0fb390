package org.onedoor.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.catalog.CatalogViews.PriorityGroupView;
import org.onedoor.security.Role;

@Path("/api/centers/{center}/priority-groups")
@Tag(name = "Catalogue", description = "Priority groups of a center")
public class PriorityGroupResource {

    @Inject
    CatalogService catalog;

    @GET
        @PermitAll
    @Operation(summary = "The center's priority groups")
    public Uni<List<PriorityGroupView>> priorityGroups(@PathParam("center") String center) {
        return catalog.priorityGroups(center);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Create or change a priority group")
    public Uni<PriorityGroupView> putPriorityGroup(@PathParam("center") String center, @PathParam("code") String code,
            @Valid @NotNull PriorityGroupSettings settings) {
        return catalog.putPriorityGroup(center, code, settings);
    }
}
