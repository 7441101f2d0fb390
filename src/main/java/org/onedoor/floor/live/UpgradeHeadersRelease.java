package org.onedoor.floor.live;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Empties the upgrade request's header map once a floor or tracking socket is open. Vert.x keeps
 * that map in its WebSocket for the socket's life, although nothing reads it after the handshake
 * (WebSockets Next answers {@code handshakeRequest()} from a copy of its own). Even cut down to
 * the handshake's headers by {@link SocketUpgradeTrim}, its entries, names and values are ~1.2 KB
 * a socket: 12 MB of heap for a province's 10,000 screens.
 *
 * <p>The map cannot be emptied before the upgrade (the handshake reads it), and the socket's
 * {@code @OnOpen} cannot reach it; so this check, which lets every upgrade through, hands it to
 * the connection's user data, and the socket's {@code @OnOpen} calls {@link #release}.
 */
@ApplicationScoped
public class UpgradeHeadersRelease implements HttpUpgradeCheck {

    static final TypedKey<MultiMap> HEADERS = new TypedKey<>("onedoor.upgradeHeaders");

    @Override
    public boolean appliesTo(String endpointId) {
        return FloorSocket.ENDPOINT.equals(endpointId) || TrackSocket.ENDPOINT.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        context.userData().put(HEADERS, context.httpRequest().headers());
        return CheckResult.permitUpgrade();
    }

    /** Called once the socket is open: the handshake is over, its headers are garbage. */
    static void release(WebSocketConnection connection) {
        MultiMap headers = connection.userData().remove(HEADERS);
        if (headers != null) {
            headers.clear();
        }
    }
}
