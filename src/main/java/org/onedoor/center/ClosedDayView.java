package org.onedoor.center;

import java.time.LocalDate;

/** A closed date as the API shows it. */
public record ClosedDayView(LocalDate day, String reason) {

    static ClosedDayView of(ClosedDay d) {
        return new ClosedDayView(d.day, d.reason);
    }
}
