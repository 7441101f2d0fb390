package org.onedoor.floor.live;

import io.quarkus.websockets.next.InboundProcessingMode;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.onedoor.common.SocketErrors;
import org.onedoor.device.DeviceSightings;
import org.onedoor.floor.FloorEvent;

/**
 * The floor socket of one center, for hall screens, counter screens and kiosks (devices, checked
 * by {@link DeviceUpgradeCheck} before the upgrade).
 *
 * <p>On open the client gets a {@link FloorSnapshot}, or, when it says {@code ?since=N} (the last
 * sequence it saw) and N is recent, exactly the events after N from the log, each marked
 * {@code "replay": true} and the last also {@code "replayLast": true}: a screen back from a network
 * cut shows every call it missed and speaks those whose citizen is still looking for the counter,
 * leaving out calls over two minutes old (docs/api.md, "Floor socket"). Then every
 * event as it happens, in sequence order. Every frame is JSON with {@code type} and {@code seq}.
 * A counter screen also says which counter it shows ({@code ?counter=N}); one moved to another
 * counter is closed with 4002 and reads what it is again (see {@code DeviceMoves}).
 *
 * <p>A browser never sees the server's WebSocket pings, so a screen whose network silently died
 * would wait forever. Screens therefore send a text frame now and then (any text, "ping") and get
 * a {@code Pong} with the server's time: no answer means the socket is dead and they reconnect.
 *
 * <p>Inbound processing is {@code CONCURRENT}: the default ({@code SERIAL}) gives every connection
 * a queue of its own (~1.1 KB of heap each, 11 MB with 10,000 screens) only to order callbacks
 * that need no order here. {@code onOpen} registers the subscriber before it returns (on the
 * event loop, so before any close of that connection is handled); a heartbeat answered before the
 * snapshot is sent is harmless (clients take a Pong whenever it comes), and a close during the
 * snapshot read leaves a subscriber that is no longer in the hub and whose send fails quietly.
 */
@WebSocket(path = "/ws/centers/{center}/floor", endpointId = FloorSocket.ENDPOINT,
        inboundProcessingMode = InboundProcessingMode.CONCURRENT)
public class FloorSocket {

    private static final Logger LOG = Logger.getLogger(FloorSocket.class);

    static final String ENDPOINT = "floor";

    @Inject
    FloorHub hub;

    @Inject
    SnapshotService snapshots;

    @Inject
    Clock clock;

    @Inject
    DeviceSightings sightings;

    @OnOpen
    public Uni<Void> onOpen(WebSocketConnection connection) {
        SocketUpgradeTrim.releaseHeaders(connection);
        Long device = connection.userData().get(DeviceUpgradeCheck.DEVICE_ID);
        if (device != null) {
            sightings.opened(device);
        }
        String center = connection.pathParam("center");
        // read once, then dropped: a hall of sockets stays open for days (see SocketUpgradeTrim)
        Long checkedAt = connection.userData().remove(DeviceUpgradeCheck.CHECKED_AT);
        boolean counterStale = connection.userData().remove(DeviceUpgradeCheck.COUNTER_STALE) != null;
        FloorSubscriber subscriber = hub.subscribe(connection, center, device, connection.userData().get(DeviceUpgradeCheck.STAFF),
                counterStale, checkedAt);
        Long since = since(connection.handshakeRequest().query());
        Uni<Sync> sync = since == null ? snapshot(center)
                : snapshots.replay(center, since).chain(events -> events == null ? snapshot(center)
                        : Uni.createFrom().item(replay(since, events)));
        return sync.invoke(s -> {
            hub.synced(center, s.seq());
            subscriber.synced(s.seq(), s.frames());
        }).replaceWithVoid().onFailure().recoverWithUni(failure -> SocketErrors.closeAfterRead(connection, failure, LOG));
    }

    /**
     * Answered on the event loop (a String return would send each of 10,000 screens' heartbeats,
     * 500 a second, to a worker thread and back); a client gone before its pong is written loses
     * nothing, so that failure is dropped rather than logged as an error.
     */
    @OnTextMessage
    public Uni<Void> onHeartbeat(String ignored, WebSocketConnection connection) {
        String pong = "{\"type\":\"Pong\",\"serverTime\":\"" + clock.instant() + "\"}";
        return connection.sendText(pong).onFailure().recoverWithNull();
    }

    @OnError
    public Uni<Void> onError(WebSocketConnection connection, Throwable failure) {
        return SocketErrors.close(connection, failure, LOG);
    }

    @OnClose
    @NonBlocking // a void method would run on a worker thread; forgetting a socket is a few map removals
    public void onClose(WebSocketConnection connection) {
        hub.unsubscribe(connection);
        Long device = connection.userData().get(DeviceUpgradeCheck.DEVICE_ID);
        if (device != null) {
            sightings.closed(device);
        }
    }

    private record Sync(long seq, List<String> frames) {
    }

    private Uni<Sync> snapshot(String center) {
        return snapshots.snapshot(center).map(s -> new Sync(s.seq(), List.of(hub.frame(s))));
    }

    private Sync replay(long since, List<FloorEvent> events) {
        long seq = events.isEmpty() ? since : events.get(events.size() - 1).seq();
        List<String> frames = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            frames.add(hub.replayFrame(events.get(i), i == events.size() - 1));
        }
        return new Sync(seq, frames);
    }

    /** The {@code since} query parameter, or null when absent or not a number. */
    static Long since(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("since=")) {
                try {
                    long value = Long.parseLong(pair.substring("since=".length()));
                    return value >= 0 ? value : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
