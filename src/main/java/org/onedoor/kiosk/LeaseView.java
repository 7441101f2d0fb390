package org.onedoor.kiosk;

import java.time.LocalDate;
import java.util.List;

/**
 * The numbers a kiosk holds for today, per field: what it may give citizens while it cannot
 * reach the server. Numbers already handed back are left out.
 */
public record LeaseView(LocalDate day, List<FieldNumbers> fields) {

    /** @param numbers each free number with the code to show, in the order to use them */
    public record FieldNumbers(String field, List<Number> numbers) {
    }

    public record Number(int number, String code) {
    }
}
