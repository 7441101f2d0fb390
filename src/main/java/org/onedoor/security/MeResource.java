package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.center.CenterRepository;

/** Who is signed in: staff pages need to know their user's center and roles. */
@Path("/api/me")
@Tag(name = "Users")
public class MeResource {

    /** @param center the user's center code; null for an administrator of all centers */
    public record Me(String username, Set<String> roles, String center) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    CenterRepository centers;

    @GET
    @Authenticated
    @WithSession
    @Operation(summary = "The signed-in user: name, roles and center")
    public Uni<Me> me() {
        Long centerId = identity.getAttribute(StaffIdentityProvider.CENTER_ATTRIBUTE);
        Uni<String> center = centerId == null ? Uni.createFrom().nullItem() : centers.findById(centerId).map(c -> c.code);
        return center.map(code -> new Me(identity.getPrincipal().getName(), identity.getRoles(), code));
    }
}
