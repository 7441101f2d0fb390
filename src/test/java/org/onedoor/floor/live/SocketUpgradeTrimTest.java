package org.onedoor.floor.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;
import io.restassured.RestAssured;
import io.vertx.core.http.ServerWebSocket;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.security.SessionCookies;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.Sessions;

@QuarkusTest
class SocketUpgradeTrimTest {

    /** What Chromium sends with a WebSocket upgrade, beyond the handshake's own headers. */
    static final Map<String, String> BROWSER = Map.of(
            "User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Accept-Language", "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7",
            "Accept-Encoding", "gzip, deflate, br, zstd",
            "Cache-Control", "no-cache",
            "Pragma", "no-cache",
            "X-Requested-With", "vn.onedoor.tv");

    @Inject
    OpenConnections connections;

    @Test
    void shouldKeepOnlyTheHandshakesHeadersForTheLifeOfAScreensSocket() {
        Floor floor = Floor.create();
        String token = floor.hallScreen();

        FloorClient.connectWithHeaders(floor.center, token, BROWSER).next();

        WebSocketConnection screen = connections.findByEndpointId(FloorSocket.ENDPOINT).stream()
                .filter(c -> c.handshakeRequest().query().contains(token)).findFirst().orElseThrow();
        Map<String, ?> kept = screen.handshakeRequest().headers();
        assertThat(kept.keySet()).map(String::toLowerCase)
                .contains("sec-websocket-key", "upgrade", "host")
                .doesNotContain("user-agent", "accept-language", "accept-encoding", "cache-control", "pragma",
                        "x-requested-with");
    }

    @Test
    void shouldLetGoOfTheUpgradeRequestsHeadersOnceTheSocketIsOpen() throws Exception {
        Floor floor = Floor.create();
        String token = floor.hallScreen();

        FloorClient.connectWithHeaders(floor.center, token, BROWSER).next();

        WebSocketConnection screen = connections.findByEndpointId(FloorSocket.ENDPOINT).stream()
                .filter(c -> c.handshakeRequest().query().contains(token)).findFirst().orElseThrow();
        assertThat(vertxSocketOf(screen).headers().isEmpty()).as("the header map Vert.x keeps in its WebSocket").isTrue();
        assertThat(screen.handshakeRequest().header("sec-websocket-key")).as("WebSockets Next's own copy").isNotBlank();
        assertThat(screen.userData().get(SocketUpgradeTrim.HEADERS)).isNull();
    }

    /** WebSockets Next does not expose the Vert.x WebSocket under a connection; its implementation has it. */
    private static ServerWebSocket vertxSocketOf(WebSocketConnection connection) throws Exception {
        Method webSocket = connection.getClass().getDeclaredMethod("webSocket");
        webSocket.setAccessible(true);
        return (ServerWebSocket) webSocket.invoke(connection);
    }

    @Test
    void shouldStillReadTheStaffCookieAndOriginBeforeTheyAreDropped() {
        Floor floor = Floor.create();
        String cookie = SessionCookies.SESSION + "="
                + Sessions.signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null).cookie(SessionCookies.SESSION);
        String self = "http://localhost:" + RestAssured.port;

        assertThat(FloorClient.connectWithHeaders(floor.center, null, Map.of("Cookie", cookie, "Origin", self,
                "User-Agent", BROWSER.get("User-Agent"))).next().get("type").asText()).isEqualTo("Snapshot");
        assertThat(FloorClient.refusedWithHeaders(floor.center, null, Map.of("Cookie", cookie,
                "Origin", "https://evil.example"))).as("another site's page with the officer's cookie").isEqualTo(403);
    }
}
