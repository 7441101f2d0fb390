package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;

/** Who may open a staff page, and in which center. */
@RequestScoped
public class StaffPageAccess {

    @Inject
    SecurityIdentity identity;

    @Inject
    CenterRepository centers;

    /** Refuses (403) a signed-in user with none of these roles. */
    public void require(String... roles) {
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw Problem.forbidden("User '" + identity.getPrincipal().getName() + "' may not open this page.");
        }
    }

    /** The center asked for: any for an ADMIN (who must say which), else the user's own. */
    public String center(String asked) {
        return identity.hasRole(Role.ADMIN) ? asked : "";
    }

    /** The center's code, checked: the user's own center unless they are an ADMIN. */
    @WithSession
    public Uni<String> withCenter(String asked) {
        if (identity.hasRole(Role.ADMIN)) {
            return centers.require(asked).map(c -> c.code);
        }
        Long own = identity.getAttribute(StaffIdentityProvider.CENTER_ATTRIBUTE);
        return centers.findById(own).map(c -> {
            if (c == null) {
                throw Problem.forbidden("User '" + identity.getPrincipal().getName() + "' has no center.");
            }
            return c.code;
        });
    }
}
