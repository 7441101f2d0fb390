package org.onedoor.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.onedoor.center.Center;
import org.onedoor.common.Problem;

/**
 * Role checks that depend on data: a MANAGER, OFFICER or GUIDE works in one center only, while
 * ADMIN works in all. Roles themselves are checked by {@code @RolesAllowed} on the resources.
 */
@ApplicationScoped
public class StaffAccess {

    @Inject
    SecurityIdentity identity;

    @Inject
    AppUserRepository users;

    /** The signed-in user's name, after checking they may act in this center. */
    public Uni<String> actorIn(Center center) {
        String username = identity.getPrincipal().getName();
        Long userCenter = identity.getAttribute(StaffIdentityProvider.CENTER_ATTRIBUTE);
        if (!identity.hasRole(Role.ADMIN) && !Objects.equals(userCenter, center.id)) {
            return Uni.createFrom().failure(
                    Problem.forbidden(w -> w.notInCenter(username, center.code)));
        }
        return Uni.createFrom().item(username);
    }

    /** The center a MANAGER, OFFICER, GUIDE or device works in; null for an ADMIN. */
    public Long centerId() {
        return identity.getAttribute(StaffIdentityProvider.CENTER_ATTRIBUTE);
    }

    /** The signed-in user's (or device's) name. */
    public String username() {
        return identity.getPrincipal().getName();
    }

    /** The signed-in user's display name, or null if they have none but their username (see DISPLAY_NAME_ATTRIBUTE). */
    public String displayName() {
        return identity.getAttribute(StaffIdentityProvider.DISPLAY_NAME_ATTRIBUTE);
    }

    /** How colleagues know a user: their display name, else their username (a user since removed included). */
    public Uni<String> knownAs(String username) {
        return users.findByUsername(username).map(user -> user == null || user.displayName == null || user.displayName.isBlank()
                ? username : user.displayName);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN);
    }

    /** The counter of a signed-in counter screen, or null. */
    public Long deviceCounterId() {
        return identity.getAttribute(StaffIdentityProvider.COUNTER_ATTRIBUTE);
    }

    /**
     * One officer works a counter at a time: whoever opened it. Another officer who calls to it,
     * pauses or closes it is refused, and takes it over by opening it, which says so to every
     * screen; a manager or an admin may act on any counter. The refusal names the holder as
     * colleagues know them ({@code holderName}), else by username.
     */
    public void requireCounterHolder(int counter, String holder, String holderName, String actor) {
        if (holder != null && !holder.equals(actor) && !canOverrule()) {
            throw Problem.conflict(w -> w.counterHeldByOther(counter, holderName != null ? holderName : holder));
        }
    }

    /** Managers and admins may take over a ticket another officer is handling. */
    public boolean canOverrule() {
        return identity.hasRole(Role.ADMIN) || identity.hasRole(Role.MANAGER);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** A signed-in member of staff (not a visitor, not a device): who may see officers' user names. */
    public boolean isStaff() {
        return identity.hasRole(Role.ADMIN) || identity.hasRole(Role.MANAGER) || identity.hasRole(Role.OFFICER)
                || identity.hasRole(Role.GUIDE);
    }
}
