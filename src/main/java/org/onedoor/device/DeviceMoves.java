package org.onedoor.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onedoor.floor.cluster.FloorCluster;
import org.onedoor.security.RecentCredentials;

/**
 * Makes a committed move of a counter screen take effect on every node. The screen's page learns
 * its counter from {@code GET /api/device} as it starts, and its floor socket is the center's, the
 * same at any counter: so {@link ScreenMoved} closes the screen's sockets with a code that tells
 * the page to read what it is again (4002), and the credentials cache forgets the old counter,
 * which a citizen's rating is checked against.
 *
 * <p>A page whose socket was down at the move (the box's network cut while it was carried) is
 * told when it comes back: it says at its handshake which counter it shows, and a counter that
 * is no longer the screen's closes it the same way (see the floor socket's upgrade check).
 */
@ApplicationScoped
public class DeviceMoves {

    /** A screen stands at another counter now: whoever holds a socket of it closes it. */
    public record ScreenMoved(long deviceId) {
    }

    /** How long a move is remembered for sockets whose handshake read the counter before it. */
    static final long REMEMBERED_NANOS = 60_000_000_000L;

    @Inject
    Event<ScreenMoved> moved;

    @Inject
    RecentCredentials credentials;

    @Inject
    FloorCluster cluster;

    /**
     * When each screen moved lately (System.nanoTime()), as this node learned it. A socket whose
     * handshake read the screen's counter just before a move registers after the move looked for
     * it, so the hub asks here once it has registered it, as it asks {@link DeviceRevocations}.
     */
    private final Map<Long, Long> movedAt = new ConcurrentHashMap<>();

    /** Called after the move committed on this node (before that, a page reading what it is would read the old counter). */
    public void committed(long deviceId) {
        takeEffect(deviceId);
        cluster.shareMove(deviceId);
    }

    /** A move committed here or on another node. */
    public void takeEffect(long deviceId) {
        long now = System.nanoTime();
        movedAt.values().removeIf(at -> now - at > REMEMBERED_NANOS); // moves are rare: the map stays small
        movedAt.put(deviceId, now); // before the hubs look for its sockets: see movedAt
        credentials.forgetAll();
        moved.fire(new ScreenMoved(deviceId));
    }

    /**
     * Whether the screen moved after {@code checkedAt} (System.nanoTime(), taken before its socket's
     * handshake read the screen): then what the handshake read may be the old counter. At worst a
     * page that read the new one already reads it once more.
     */
    public boolean movedSince(long deviceId, long checkedAt) {
        Long at = movedAt.get(deviceId);
        return at != null && at - checkedAt >= 0;
    }
}
