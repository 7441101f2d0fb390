package org.onedoor.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.onedoor.floor.cluster.FloorCluster;
import org.onedoor.security.RecentCredentials;

/**
 * Makes a committed revocation take effect on every node: the token leaves the credentials cache,
 * and {@link DeviceRevoked} closes the device's floor and bridge sockets. A socket is authenticated
 * once, at its handshake, so without this a revoked screen on another node of a cluster would keep
 * the live floor until it disconnected.
 */
@ApplicationScoped
public class DeviceRevocations {

    /** A device's token stopped being valid: whoever holds a socket of it closes it. */
    public record DeviceRevoked(long deviceId) {
    }

    @Inject
    Event<DeviceRevoked> revoked;

    @Inject
    RecentCredentials credentials;

    @Inject
    FloorCluster cluster;

    /**
     * The devices revoked since this node started. A socket whose handshake passed just before
     * its device was revoked registers after the revocation looked for it, so every hub asks
     * here once it has registered a device's socket (revocation is for good: the set stays small).
     */
    private final Set<Long> revokedHere = ConcurrentHashMap.newKeySet();

    /** Called after the revocation committed on this node (before that, a reconnect would still be let in). */
    public void committed(long deviceId) {
        takeEffect(deviceId);
        cluster.shareRevocation(deviceId);
    }

    /** A revocation committed here or on another node. */
    public void takeEffect(long deviceId) {
        revokedHere.add(deviceId); // before the hubs look for its sockets: see revokedHere
        credentials.forgetAll();
        revoked.fire(new DeviceRevoked(deviceId));
    }

    /** Whether this device was revoked since this node started; a hub asks after registering its socket. */
    public boolean isRevoked(long deviceId) {
        return revokedHere.contains(deviceId);
    }
}
