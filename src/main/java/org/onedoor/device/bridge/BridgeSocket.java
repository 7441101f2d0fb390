package org.onedoor.device.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.onedoor.common.SocketErrors;
import org.onedoor.device.DeviceService;
import org.onedoor.device.DeviceSightings;
import org.onedoor.device.PrinterState;

/**
 * The hardware bridge's socket: {@code /ws/bridge?token=<bridge token>}. The bridge says Hello
 * (its printers and the displays it reaches); the server answers with every display's state and
 * the print jobs waiting for it, then sends jobs as they come ({@code Print}, {@code Show},
 * {@code Clear}). The bridge answers each with an {@code Ack} and reports its {@code Health}. A
 * print job is sent again after a reconnect until it is acknowledged; the bridge acknowledges a
 * job it has already done without doing it twice. See docs/api.md.
 */
@WebSocket(path = "/ws/bridge", endpointId = BridgeSocket.ENDPOINT)
public class BridgeSocket {

    static final String ENDPOINT = "bridge";
    private static final TypedKey<BridgeLink> LINK = new TypedKey<>("onedoor.bridgeLink");
    private static final Logger LOG = Logger.getLogger(BridgeSocket.class);
    /** More names than any bridge has: a Hello beyond it is cut, not trusted. */
    private static final int MAX_NAMES = 64;

    @Inject
    BridgeHub hub;

    @Inject
    DeviceSightings sightings;

    @Inject
    BridgeJobs jobs;

    @Inject
    CounterDisplays displays;

    @Inject
    ObjectMapper json;

    @Inject
    DeviceService devices;

    @OnOpen
    public void onOpen(WebSocketConnection connection) {
        BridgeLink link = new BridgeLink(connection.userData().get(BridgeUpgradeCheck.BRIDGE_ID),
                connection.userData().get(BridgeUpgradeCheck.CENTER), connection,
                connection.userData().get(BridgeUpgradeCheck.SERVER_URL));
        connection.userData().put(LINK, link);
        sightings.opened(link.bridge);
        hub.connected(link);
    }

    @OnTextMessage
    public Uni<Void> onMessage(String text, WebSocketConnection connection) {
        BridgeLink link = connection.userData().get(LINK);
        link.heard();
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (Exception e) {
            return Uni.createFrom().voidItem(); // not ours: ignored, the bridge logs its own errors
        }
        if (frame == null || !frame.isObject()) {
            return Uni.createFrom().voidItem();
        }
        return switch (frame.path("type").asText()) {
            case "Hello" -> hello(link, frame);
            case "Ack" -> ack(link, frame);
            case "Health" -> jobs.health(link, frame);
            default -> Uni.createFrom().voidItem();
        };
    }

    /** The answer to the server's ping (see BridgeSweep): the bridge is still there. */
    @OnPongMessage
    public void onPong(Buffer data, WebSocketConnection connection) {
        BridgeLink link = connection.userData().get(LINK);
        if (link != null) {
            link.heard();
        }
    }

    /**
     * A bridge gone is a printer its kiosks cannot use: they tell citizens so (and staff are
     * alerted) until it is back and reports again. A bridge replaced by its own new connection
     * is not gone.
     */
    @OnError
    public Uni<Void> onError(WebSocketConnection connection, Throwable failure) {
        return SocketErrors.close(connection, failure, LOG);
    }

    @OnClose
    public Uni<Void> onClose(WebSocketConnection connection) {
        BridgeLink link = connection.userData().get(LINK);
        if (link == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> printerGone = !hub.disconnected(link) || !link.hasPrinters() ? Uni.createFrom().voidItem()
                : devices.reportPrinter(link.bridge, PrinterState.OFFLINE, null);
        // after the report, which notes the bridge as seen: gone is later than that
        return printerGone.eventually(() -> sightings.closed(link.bridge));
    }

    /** What the bridge has; then every display it drives is set, then the waiting tickets print. */
    private Uni<Void> hello(BridgeLink link, JsonNode frame) {
        link.hello(new BridgeLink.Hello(names(frame.path("printers")), names(frame.path("displays"))));
        return displays.sendAll(link)
                .chain(() -> jobs.pending(link.bridge))
                .invoke(list -> list.forEach(job -> hub.send(link, job)))
                .replaceWithVoid();
    }

    private Uni<Void> ack(BridgeLink link, JsonNode frame) {
        String job = frame.path("job").asText();
        boolean ok = frame.path("ok").asBoolean();
        if (link.displayJobs.remove(job)) {
            if (!ok) {
                LOG.warnf("Bridge %d could not drive a display: %s", link.bridge, frame.path("reason").asText("no reason given"));
            }
            return Uni.createFrom().voidItem();
        }
        // answered, it is no longer pending and never sent again: the connection, open for days, forgets it
        return jobs.acknowledge(link.bridge, job, ok, frame.path("reason").asText(null))
                .invoke(() -> link.sentJobs.remove(job));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode name : array) {
                if (name.isTextual() && name.asText().length() <= 60 && names.size() < MAX_NAMES) {
                    names.add(name.asText());
                }
            }
        }
        return List.copyOf(names);
    }
}
