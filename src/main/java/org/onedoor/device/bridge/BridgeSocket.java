package org.onedoor.device.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

/**
 * The hardware bridge's socket: {@code /ws/bridge?token=<bridge token>}. The server sends jobs
 * ({@code Print}: ESC/POS bytes in base64 for a named printer); the bridge answers each with an
 * {@code Ack} (ok, or why not) and reports its printers' {@code Health}. A job is sent again after
 * a reconnect until it is acknowledged; the bridge acknowledges a job it has already done without
 * doing it twice. See docs/api.md.
 */
@WebSocket(path = "/ws/bridge", endpointId = BridgeSocket.ENDPOINT)
public class BridgeSocket {

    static final String ENDPOINT = "bridge";

    @Inject
    BridgeHub hub;

    @Inject
    BridgeJobs jobs;

    @Inject
    ObjectMapper json;

    @OnOpen
    public Uni<Void> onOpen(WebSocketConnection connection) {
        long bridge = connection.userData().get(BridgeUpgradeCheck.BRIDGE_ID);
        hub.connected(bridge, connection);
        return jobs.pending(bridge).invoke(list -> list.forEach(job -> hub.send(bridge, job))).replaceWithVoid();
    }

    @OnTextMessage
    public Uni<Void> onMessage(String text, WebSocketConnection connection) {
        long bridge = connection.userData().get(BridgeUpgradeCheck.BRIDGE_ID);
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (Exception e) {
            return Uni.createFrom().voidItem(); // not ours: ignored, the bridge logs its own errors
        }
        return switch (frame.path("type").asText()) {
            case "Ack" -> jobs.acknowledge(bridge, frame.path("job").asText(), frame.path("ok").asBoolean(),
                    frame.path("reason").asText(null));
            case "Health" -> jobs.health(bridge, frame.path("printers"));
            default -> Uni.createFrom().voidItem();
        };
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        hub.disconnected(connection.userData().get(BridgeUpgradeCheck.BRIDGE_ID), connection);
    }
}
