package org.onedoor.device.bridge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the server looks after the bridges connected to it (onedoor.bridge.*): a print or display
 * message sent once, on an event, is lost if that event never arrives (a broker that dropped it,
 * a database busy for a moment), and a bridge whose cable was pulled leaves no trace on its socket.
 */
@ConfigMapping(prefix = "onedoor.bridge")
public interface BridgeTimings {

    /** How often each bridge is pinged and sent the print jobs waiting for it that it was not sent yet. */
    @WithDefault("10s")
    Duration checkEvery();

    /**
     * A bridge heard nothing from (no frame, no pong) for this long is gone: its socket is closed
     * and its printer reported offline, so kiosks stop promising paper. It sends Health every few
     * seconds and answers every ping.
     */
    @WithDefault("45s")
    Duration silentAfter();

    /** How often every display is told again what it should show: a board that rebooted after a power cut shows nothing. */
    @WithDefault("60s")
    Duration displaysEvery();
}
