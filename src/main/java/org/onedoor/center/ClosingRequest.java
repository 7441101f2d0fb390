package org.onedoor.center;

import java.time.LocalDate;

/**
 * Close the center on {@code from}, or on every date from {@code from} to {@code to} (a holiday of
 * several days), for {@code reason}. Checked by ClosedDayService, in the manager's words.
 */
public record ClosingRequest(LocalDate from, LocalDate to, String reason) {
}
