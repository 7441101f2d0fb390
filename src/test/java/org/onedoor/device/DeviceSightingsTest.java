package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.OpenConnections;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.TestClock;

@QuarkusTest
class DeviceSightingsTest {

    @Inject
    DeviceSightings sightings;

    @Inject
    TestClock clock;

    @Inject
    OpenConnections connections;

    /** How far this test moved the shared clock: moved back after it, so no later test starts minutes ahead. */
    private Duration moved = Duration.ZERO;

    @AfterEach
    void moveTheClockBack() {
        clock.advance(moved.negated());
        moved = Duration.ZERO;
    }

    private void pass(Duration time) {
        clock.advance(time);
        moved = moved.plus(time);
    }

    @Test
    void shouldShowWhenAScreenLastConnectedThoughItsUpgradeWroteNothing() {
        Floor floor = Floor.create();
        String token = floor.hallScreen();
        assertThat(lastSeen(floor)).as("paired, never connected").isNull();
        Instant before = Instant.now().minusSeconds(1);

        FloorClient screen = FloorClient.connect(floor.center, token, null);
        screen.next();
        screen.close();
        sightings.write().await().atMost(Duration.ofSeconds(10));

        assertThat(Instant.parse(lastSeen(floor))).isAfter(before);
    }

    /** Online means seen lately, by any node: a node sees its open sockets' devices again every minute. */
    @Test
    void shouldShowAScreenOnlineWhileItsSocketStaysOpenAndNoLongerOnceItHasGone() {
        Floor floor = Floor.create();
        String token = floor.hallScreen();
        assertThat(online(floor)).as("paired, never connected").isFalse();

        FloorClient screen = FloorClient.connect(floor.center, token, null);
        screen.next();
        sightings.write().await().atMost(Duration.ofSeconds(10));
        assertThat(online(floor)).isTrue();

        pass(DeviceSightings.ONLINE_WITHIN);
        assertThat(online(floor)).as("its connection alone is too old to vouch for it").isFalse();
        sightings.seeConnected();
        sightings.write().await().atMost(Duration.ofSeconds(10));
        assertThat(online(floor)).as("its socket is still open on this node").isTrue();

        screen.close();
        long id = Long.parseLong(hallScreen(floor).getString("id"));
        await().atMost(Duration.ofSeconds(5)).until(() -> connections.listAll().stream()
                .noneMatch(c -> Long.valueOf(id).equals(c.userData().get(DeviceSightings.DEVICE))));
        pass(DeviceSightings.ONLINE_WITHIN);
        sightings.seeConnected();
        sightings.write().await().atMost(Duration.ofSeconds(10));
        assertThat(online(floor)).as("gone").isFalse();
        assertThat(lastSeen(floor)).isNotNull();
    }

    /** A hall's screens may share a token: the device is gone with its last socket, and back with its next. */
    @Test
    void shouldShowAScreenOfflineOnceItsLastSocketClosesAndOnlineWhenItComesBack() {
        Floor floor = Floor.create();
        String token = floor.hallScreen();
        FloorClient first = FloorClient.connect(floor.center, token, null);
        FloorClient second = FloorClient.connect(floor.center, token, null);
        first.next();
        second.next();
        sightings.write().await().atMost(Duration.ofSeconds(10));
        assertThat(online(floor)).isTrue();

        first.close();
        awaitOpenSockets(floor, 1);
        sightings.write().await().atMost(Duration.ofSeconds(10));
        assertThat(online(floor)).as("one of its screens is still connected").isTrue();

        second.close();
        awaitOpenSockets(floor, 0);
        sightings.write().await().atMost(Duration.ofSeconds(10));
        assertThat(online(floor)).as("switched off: not online for minutes more").isFalse();
        assertThat(lastSeen(floor)).isNotNull();

        pass(Duration.ofSeconds(5)); // switched on again well within the minute that a sighting counts for
        FloorClient again = FloorClient.connect(floor.center, token, null);
        again.next();
        sightings.write().await().atMost(Duration.ofSeconds(10));
        assertThat(online(floor)).isTrue();
        again.close();
    }

    /** A bridge's last words on closing (its printer offline, which notes it as seen) do not keep it online. */
    @Test
    void shouldShowABridgeOfflineOnceItsSocketCloses() {
        Floor floor = Floor.create();
        String bridge = org.onedoor.kiosk.KioskTestDevices.pair(floor, "BRIDGE", null);
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridge);
        link.send("{\"type\":\"Hello\",\"version\":1,\"printers\":[\"ticket\"],\"displays\":[]}");
        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":true,\"paper\":\"OK\"}]}");
        await().atMost(Duration.ofSeconds(5)).until(() -> "READY".equals(bridgeRow(floor).getString("printer")));
        sightings.write().await().atMost(Duration.ofSeconds(10));
        assertThat(bridgeRow(floor).getBoolean("online")).isTrue();

        link.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> "OFFLINE".equals(bridgeRow(floor).getString("printer")));
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            sightings.write().await().atMost(Duration.ofSeconds(10));
            return !bridgeRow(floor).getBoolean("online");
        });
    }

    private static JsonPath bridgeRow(Floor floor) {
        return Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.kind == 'BRIDGE' }");
    }

    /** Until the node has counted the device's sockets closed (its @OnClose ran, not only the connection gone). */
    private void awaitOpenSockets(Floor floor, long open) {
        long id = Long.parseLong(hallScreen(floor).getString("id"));
        await().atMost(Duration.ofSeconds(5)).until(() -> sightings.openHere(id) == open);
    }

    private static boolean online(Floor floor) {
        return hallScreen(floor).getBoolean("online");
    }

    private static JsonPath hallScreen(Floor floor) {
        return Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.kind == 'HALL_SCREEN' }");
    }

    private static String lastSeen(Floor floor) {
        return Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200).extract().jsonPath()
                .getString("find { it.kind == 'HALL_SCREEN' }.lastSeenAt");
    }
}
