package org.onedoor.device;

/** What a bridge says about its ticket printer. */
public enum PrinterState {
    READY,
    OUT_OF_PAPER,
    /** Not answering: unplugged, switched off, cable loose. */
    OFFLINE,
    /** Answering, but reporting a fault (cover open, cutter jammed…). */
    ERROR
}
