package org.onedoor.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onedoor.floor.cluster.FloorCluster;

/**
 * Makes a committed sign-out take effect on every node: cached credentials are forgotten, and
 * {@link StaffSignedOut} closes the live sockets its sessions opened. A socket is authenticated
 * once, at its handshake, so without this an officer who signed out (or a colleague with a copy
 * of the cookie) would keep the counter's live floor open.
 */
@ApplicationScoped
public class StaffSignOuts {

    /** Every session of {@code username} older than {@code validVersion} has ended. */
    public record StaffSignedOut(String username, int validVersion) {
    }

    @Inject
    Event<StaffSignedOut> signedOut;

    @Inject
    RecentCredentials credentials;

    @Inject
    FloorCluster cluster;

    /**
     * The session version each user signed out to, since this node started: a socket that passed
     * its handshake just before the sign-out registers after the hubs looked for it, so they ask
     * here once they have registered it. One entry a user who signed out.
     */
    private final Map<String, Integer> validVersions = new ConcurrentHashMap<>();

    /** Called after the sign-out committed on this node. */
    public void committed(StaffSignedOut out) {
        committed(out.username(), out.validVersion());
    }

    /** Called after the sign-out committed on this node. */
    public void committed(String username, int validVersion) {
        takeEffect(username, validVersion);
        cluster.shareSignOut(username, validVersion);
    }

    /**
     * Called after a change to an account committed on this node (its role, its display name): no
     * session ends ({@code sessionVersion} is the account's current one), but every node forgets
     * what it read of the account, so its next request carries the new role.
     */
    public void accountChanged(String username, int sessionVersion) {
        committed(username, sessionVersion);
    }

    /** A sign-out committed here or on another node. */
    public void takeEffect(String username, int validVersion) {
        validVersions.merge(username, validVersion, Math::max); // before the hubs look: see validVersions
        credentials.forgetAll();
        signedOut.fire(new StaffSignedOut(username, validVersion));
    }

    /** Whether a session of this version has ended by a sign-out this node knows of. */
    public boolean hasEnded(String username, int sessionVersion) {
        Integer valid = validVersions.get(username);
        return valid != null && sessionVersion < valid;
    }
}
