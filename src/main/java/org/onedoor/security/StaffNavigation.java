package org.onedoor.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether a staff page's header links to the other staff pages ({@code tags/staffNav.html}): for
 * those who may open more than one of them, managers and administrators. An officer has the
 * workspace only; a guide, the guidance desk.
 */
@Named("staffNavigation")
@RequestScoped
public class StaffNavigation {

    @Inject
    SecurityIdentity identity;

    public boolean isShown() {
        return StaffPage.ADMINISTRATION.mayOpen(identity) && StaffPage.COUNTER.mayOpen(identity);
    }

    /** The workspace is a center's: an administrator's page that shows none (the list of centers) leads to no workspace. */
    public boolean linksCounter(String center) {
        return !identity.hasRole(Role.ADMIN) || (center != null && !center.isBlank());
    }
}
