package org.onedoor.device;

public enum DeviceKind {
    /** The big TV of the hall: calls, the now-serving board, waiting counts, the spoken calls. */
    HALL_SCREEN,
    /** A small screen or tablet at one counter: its ticket and the satisfaction buttons. */
    COUNTER_SCREEN,
    /** A ticket kiosk. */
    KIOSK,
    /** The hardware bridge driving printers and LED displays. */
    BRIDGE
}
