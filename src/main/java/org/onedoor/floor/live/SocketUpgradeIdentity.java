package org.onedoor.floor.live;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The floor and tracking sockets do not use the HTTP security identity: devices are let in by
 * their token ({@link DeviceUpgradeCheck}), staff by their session cookie read there, phones by
 * the ticket's tracking token. But when the upgrade request carries an identity (Quarkus puts a
 * deferred one on every request), WebSockets Next keeps the whole HTTP routing context of the
 * upgrade for the life of the connection (to re-check or expire that identity): the request and
 * response objects, both header maps, the routing data. Dropping the identity from the routing
 * context of these upgrades, after authentication and authorization have run and before the
 * socket endpoints see it, lets all of it be collected once the handshake is done. Measured with
 * bench/run at 10,000 sockets (heap histograms): with {@link FloorSocket}'s concurrent inbound
 * processing, the live heap went from 150 to 113 MB (11.8 to 8.1 KB a socket), this part about
 * 2.5 KB a socket; no routing context is left behind.
 */
@ApplicationScoped
public class SocketUpgradeIdentity {

    /** After Quarkus's authentication (order -200) and authorization (-100) filters, before the socket routes. */
    static final int ORDER = -1;
    static final String PATHS = "/ws/centers/[^/]+/floor|/ws/track/[^/]+";

    void install(@Observes Router router) {
        router.routeWithRegex(PATHS).order(ORDER).handler(context -> {
            context.remove(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
            context.clearUser();
            context.next();
        });
    }
}
