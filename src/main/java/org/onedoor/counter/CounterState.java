package org.onedoor.counter;

public enum CounterState {
    /** Calling tickets. */
    OPEN,
    /** The officer stepped away: no new calls, the current ticket may be finished. */
    PAUSED,
    /** Not staffed. */
    CLOSED
}
