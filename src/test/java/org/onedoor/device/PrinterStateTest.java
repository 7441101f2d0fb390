package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a kiosk is told of its bridge's printer before the bridge has reported on it. */
class PrinterStateTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void shouldSayOfflineForABridgePairedButNeverStarted() {
        assertThat(DeviceService.printerState(bridge(null, null), NOW)).isEqualTo("OFFLINE");
    }

    @Test
    void shouldSayUnknownForABridgeOnlineThatHasNotReportedYet() {
        // its report follows its connection at once; a ticket sent meanwhile waits in the bridge
        assertThat(DeviceService.printerState(bridge(NOW.minusSeconds(5), null), NOW)).isEqualTo("UNKNOWN");
    }

    @Test
    void shouldSayOfflineForABridgeThatWentAwayBeforeReporting() {
        Instant longAgo = NOW.minus(DeviceSightings.ONLINE_WITHIN).minus(Duration.ofSeconds(1));
        assertThat(DeviceService.printerState(bridge(longAgo, null), NOW)).isEqualTo("OFFLINE");
    }

    @Test
    void shouldSayWhatTheBridgeReportedAndNoneForARevokedOne() {
        assertThat(DeviceService.printerState(bridge(null, PrinterState.PAPER_LOW), NOW)).isEqualTo("PAPER_LOW");
        Device revoked = bridge(NOW, PrinterState.READY);
        revoked.revokedAt = NOW;
        assertThat(DeviceService.printerState(revoked, NOW)).isEqualTo("NONE");
        assertThat(DeviceService.printerState(null, NOW)).isEqualTo("NONE");
    }

    private static Device bridge(Instant lastSeenAt, PrinterState reported) {
        Device bridge = new Device();
        bridge.kind = DeviceKind.BRIDGE;
        bridge.lastSeenAt = lastSeenAt;
        bridge.printerState = reported;
        return bridge;
    }
}
