package org.onedoor.security;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.ActedOn;

@Path("/api/users")
@Tag(name = "Users")
public class UserResource {

    @Inject
    UserService users;

    @Inject
    RoutingContext http;

    @POST
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Create a staff account (password stored as a bcrypt hash)")
    public Uni<Response> create(@Valid @NotNull UserRequest request) {
        // the address names no center: the audit log learns it from here
        ActedOn.center(http, request.center());
        return users.create(request)
                .map(u -> Response.created(URI.create("/api/users/" + u.username())).entity(u).build());
    }
}
