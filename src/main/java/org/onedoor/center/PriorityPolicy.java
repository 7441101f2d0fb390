package org.onedoor.center;

/** How a center weighs priority tickets (elderly, disabled, pregnant…) against the others. */
public enum PriorityPolicy {
    /** A waiting priority ticket is always called first. */
    STRICT,
    /** After N normal calls at a counter, one priority call if any waits (N = priority ratio). */
    RATIO
}
