package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.onedoor.center.Center;
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
            throw Problem.forbidden(w -> w.mayNotOpenPage(identity.getPrincipal().getName()));
        }
    }

    /** An ADMIN who named no center: their pages send them to the list of centers (/admin) to choose one. */
    public boolean choosesCenter(String asked) {
        return identity.hasRole(Role.ADMIN) && (asked == null || asked.isBlank());
    }

    /**
     * The center a page shows: an ADMIN says which ({@code ?center=}, 400 without it), anyone else
     * gets their own whatever they ask.
     */
    @WithSession
    public Uni<String> pageCenter(String asked) {
        return pageCenterOf(asked).map(c -> c.code);
    }

    /** The same center, whole: a page's header names it ("Trung tâm … xã Tân Phong"), not by its code. */
    @WithSession
    public Uni<Center> pageCenterOf(String asked) {
        if (identity.hasRole(Role.ADMIN)) {
            if (asked == null || asked.isBlank()) {
                throw Problem.badRequest(w -> w.adminNeedsCenter());
            }
            return centers.require(asked);
        }
        Long own = identity.getAttribute(StaffIdentityProvider.CENTER_ATTRIBUTE);
        return centers.findById(own).map(c -> {
            if (c == null) {
                throw Problem.forbidden(w -> w.userHasNoCenter(identity.getPrincipal().getName()));
            }
            return c;
        });
    }
}
