package org.onedoor.device.bridge;

import org.onedoor.floor.TicketPrint;
import org.onedoor.print.PaperLayout;

/** A ticket for a bridge to print, in its center's layout. */
record BridgeJob(String job, TicketPrint print, PaperLayout layout) {

    /** The name the bridge gives its ticket printer in its own configuration. */
    static final String DEFAULT_PRINTER = "ticket";
}
