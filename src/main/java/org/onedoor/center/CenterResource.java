package org.onedoor.center;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.security.Role;

@Path("/api/centers")
@Tag(name = "Centers")
public class CenterResource {

    @Inject
    CenterService centers;

    @GET
    @PermitAll
    @Operation(summary = "Every center of this install")
    public Uni<List<CenterView>> list() {
        return centers.list();
    }

    @GET
    @Path("/{center}")
    @PermitAll
    @Operation(summary = "One center and its settings")
    public Uni<CenterView> get(@PathParam("center") String center) {
        return centers.get(center);
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Create a center (with the default priority groups)")
    public Uni<Response> create(@Valid @NotNull CenterSettings settings) {
        return centers.create(settings)
                .map(c -> Response.created(URI.create("/api/centers/" + c.code())).entity(c).build());
    }

    @PATCH
    @Path("/{center}")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Change a center's settings: hours, priority policy, notice line…")
    public Uni<CenterView> update(@PathParam("center") String center, @Valid @NotNull CenterSettings settings) {
        return centers.update(center, settings);
    }
}
