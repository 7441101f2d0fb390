package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceSeenTest {

    static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void shouldNoteAConnectionOnlyWhenTheLastOneIsOverAMinuteOld() {
        Device device = new Device();

        device.seen(NOW);
        assertThat(device.lastSeenAt).as("never seen before").isEqualTo(NOW);

        device.seen(NOW.plusSeconds(30));
        assertThat(device.lastSeenAt).as("a reconnect within the minute writes nothing").isEqualTo(NOW);

        device.seen(NOW.plus(Duration.ofMinutes(2)));
        assertThat(device.lastSeenAt).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void shouldNoteAConnectionAfterTheDeviceLeftHoweverSoon() {
        Device device = new Device();
        device.seen(NOW);
        device.leftAt = NOW.plusSeconds(10);

        device.seen(NOW.plusSeconds(20));

        assertThat(device.lastSeenAt).as("a screen switched off and on again is online").isEqualTo(NOW.plusSeconds(20));
    }
}
