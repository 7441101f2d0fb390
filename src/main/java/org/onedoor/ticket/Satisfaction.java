package org.onedoor.ticket;

/** The three buttons of the counter screen: Rất hài lòng / Hài lòng / Không hài lòng. */
public enum Satisfaction {
    VERY_SATISFIED, SATISFIED, UNSATISFIED
}
