package org.onedoor.kiosk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How fast one kiosk may issue tickets (onedoor.kiosk.tickets.*). A citizen needs 10-20 seconds
 * to choose a field, take a number and step away, so a busy kiosk issues three to six a minute;
 * a stuck touch screen or a prank issues one a second and would drain a field's daily cap.
 */
@ConfigMapping(prefix = "onedoor.kiosk.tickets")
public interface KioskLimits {

    /** Tickets a kiosk may issue per minute, on average; 0 turns the limit off (load tests). */
    @WithDefault("10")
    int perMinute();

    /** Tickets it may issue back to back after a quiet spell: one person taking numbers for a family. */
    @WithDefault("5")
    int burst();

    /**
     * How long a kiosk's ticket may take to be ready to commit before it is rolled back with 503.
     * Shorter than the kiosk's own patience (8 s in kiosk.js), after which it gives the citizen a
     * number of its own: a ticket committed later would be a second one for the same citizen.
     */
    @WithDefault("6s")
    Duration commitWithin();
}
