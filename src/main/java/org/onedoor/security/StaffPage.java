package org.onedoor.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;
import java.util.List;

/**
 * The staff pages and the roles that may open each: one list for the pages' own checks and for
 * sign-in, which sends a user on to the page they asked for only if they may open it (a shared
 * desk's next user must not land on the last one's page, refused).
 */
public enum StaffPage {

    COUNTER("/counter", Role.OFFICER, Role.MANAGER, Role.ADMIN),
    ADMINISTRATION("/admin", Role.MANAGER, Role.ADMIN),
    REPORTS("/reports", Role.MANAGER, Role.ADMIN),
    GUIDANCE_DESK("/kiosk/guide.html", Role.GUIDE, Role.MANAGER, Role.ADMIN);

    private final String path;
    private final String[] roles;

    StaffPage(String path, String... roles) {
        this.path = path;
        this.roles = roles;
    }

    public String path() {
        return path;
    }

    public String[] roles() {
        return roles.clone();
    }

    public boolean mayOpen(SecurityIdentity identity) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /**
     * Whether the user may open the page at this address; an address that is no staff page is
     * theirs to try. The path is read as the server will route it: dot segments resolved, escapes
     * decoded, ";" parameters dropped ("/counter/../%61dmin;x" is /admin). One that cannot be read
     * is refused.
     */
    public static boolean mayOpen(SecurityIdentity identity, String address) {
        String path;
        try {
            path = java.net.URI.create(address).normalize().getPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null) {
            return false;
        }
        String routed = path.split(";", 2)[0].replaceAll("/{2,}", "/");
        List<StaffPage> pages = Arrays.stream(values()).filter(p -> routed.equals(p.path) || routed.startsWith(p.path + "/")).toList();
        return pages.stream().allMatch(p -> p.mayOpen(identity));
    }
}
