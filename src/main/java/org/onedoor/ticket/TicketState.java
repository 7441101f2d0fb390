package org.onedoor.ticket;

/** WAITING → CALLED → SERVING → DONE, or NO_SHOW / CANCELLED. A transfer puts it back to WAITING. */
public enum TicketState {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED;

    /** Called or being served at a counter. */
    public boolean atCounter() {
        return this == CALLED || this == SERVING;
    }
}
