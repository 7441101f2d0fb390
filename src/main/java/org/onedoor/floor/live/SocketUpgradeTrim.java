package org.onedoor.floor.live;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps what a floor or tracking socket holds for its whole life down to what it needs: a hall
 * of screens is thousands of sockets that stay open for days.
 *
 * <p><b>The security identity.</b> These sockets do not use it: devices are let in by their token
 * ({@link DeviceUpgradeCheck}), staff by their session cookie read there, phones by the ticket's
 * tracking token. But when the upgrade request carries an identity (Quarkus puts a deferred one on
 * every request), WebSockets Next keeps the whole HTTP routing context of the upgrade for the life
 * of the connection (to re-check or expire that identity): the request and response objects, both
 * header maps, the routing data. Dropping the identity from the routing context, after
 * authentication and authorization have run and before the socket endpoints see it, lets all of it
 * be collected once the handshake is done (bench/run at 10,000 sockets: 11.8 → 8.1 KB a socket).
 *
 * <p><b>The upgrade's headers.</b> Vert.x keeps the upgrade request's header map in its WebSocket,
 * and WebSockets Next copies it into the connection's handshake request: two copies, for the
 * socket's life, of what a browser sends (user agent, languages, encodings, cache directives:
 * ~4.5 KB a socket from Chromium). Nothing reads them after the upgrade, so only the headers of
 * the WebSocket handshake itself, those {@link DeviceUpgradeCheck} reads (cookie, origin, host)
 * and a proxy's forwarding headers are kept. And once the socket is open, Vert.x's map is emptied
 * too (~1.2 KB a socket even so cut down; WebSockets Next answers {@code handshakeRequest()} from
 * its copy, which stays). It cannot be emptied before the upgrade (the handshake reads it), and a
 * socket's {@code @OnOpen} cannot reach it; so this class, as an upgrade check that lets every
 * upgrade through, hands it to the connection's user data, and each socket's {@code @OnOpen}
 * calls {@link #releaseHeaders}.
 */
@ApplicationScoped
public class SocketUpgradeTrim implements HttpUpgradeCheck {

    /** After Quarkus's authentication (order -200) and authorization (-100) filters, before the socket routes. */
    static final int ORDER = -1;
    static final String PATHS = "/ws/centers/[^/]+/floor|/ws/track/[^/]+";

    /** Lower case; every other header of the upgrade request is dropped before the socket opens. */
    static final Set<String> KEPT = Set.of("host", "upgrade", "connection", "sec-websocket-key",
            "sec-websocket-version", "sec-websocket-extensions", "sec-websocket-protocol", "cookie", "origin",
            "forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port");

    /** The upgrade request's header map, from the upgrade check to the socket's {@code @OnOpen}. */
    static final TypedKey<MultiMap> HEADERS = new TypedKey<>("onedoor.upgradeHeaders");

    void install(@Observes Router router) {
        router.routeWithRegex(PATHS).order(ORDER).handler(context -> {
            context.remove(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
            context.clearUser();
            keepOnlyNeeded(context.request().headers());
            context.next();
        });
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return FloorSocket.ENDPOINT.equals(endpointId) || TrackSocket.ENDPOINT.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        context.userData().put(HEADERS, context.httpRequest().headers());
        return CheckResult.permitUpgrade();
    }

    /** Called by a socket's {@code @OnOpen}: the handshake is over, its headers are garbage. */
    static void releaseHeaders(WebSocketConnection connection) {
        MultiMap headers = connection.userData().remove(HEADERS);
        if (headers != null) {
            headers.clear();
        }
    }

    static void keepOnlyNeeded(MultiMap headers) {
        List<String> dropped = new ArrayList<>();
        for (String name : headers.names()) {
            if (!KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                dropped.add(name);
            }
        }
        dropped.forEach(headers::remove);
    }
}
