package org.onedoor.device;

/** What a bridge says about its ticket printer. */
public enum PrinterState {
    READY,
    /** Prints, but the roll is near its end: someone should bring paper before it runs out. */
    PAPER_LOW,
    OUT_OF_PAPER,
    /** Not answering: unplugged, switched off, cable loose. */
    OFFLINE,
    /** Answering, but reporting a fault (cover open, cutter jammed…). */
    ERROR;

    /** Whether a ticket sent now would come out of it. */
    public boolean prints() {
        return this == READY || this == PAPER_LOW;
    }
}
