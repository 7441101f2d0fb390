package org.onedoor.device.bridge;

import org.onedoor.floor.TicketPrint;

/**
 * A ticket for a bridge to print on its printer {@code printer} (the name in the bridge's own
 * configuration; "ticket" unless the kiosk's pairing says otherwise).
 */
record BridgeJob(String job, String printer, TicketPrint print) {

    static final String DEFAULT_PRINTER = "ticket";
}
