package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;

@QuarkusTest
class DeviceSightingsTest {

    @Inject
    DeviceSightings sightings;

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

    private static String lastSeen(Floor floor) {
        return Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200).extract().jsonPath()
                .getString("find { it.kind == 'HALL_SCREEN' }.lastSeenAt");
    }
}
