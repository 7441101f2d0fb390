package org.onedoor.device.bridge;

import java.time.Instant;
import org.onedoor.floor.TicketPrint;
import org.onedoor.print.PaperLayout;

/** A ticket for a bridge to print, in its center's layout; created then (it is printed within BridgeJobs.MAX_AGE or not at all). */
record BridgeJob(String job, TicketPrint print, PaperLayout layout, Instant createdAt) {

    /** The name the bridge gives its ticket printer in its own configuration. */
    static final String DEFAULT_PRINTER = "ticket";
}
