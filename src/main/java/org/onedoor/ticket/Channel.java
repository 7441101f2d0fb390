package org.onedoor.ticket;

/** Where a ticket was issued: reports show the mix. */
public enum Channel {
    KIOSK, GUIDE_DESK, APPOINTMENT, API
}
