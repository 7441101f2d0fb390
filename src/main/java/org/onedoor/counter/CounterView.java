package org.onedoor.counter;

import java.util.List;

/** A counter as the API shows it; its id is its number. */
public record CounterView(String id, int number, String label, CounterState state, String officer,
        String officerName, List<String> fields, String displayAddress) {

    /** For anyone but staff: without the officer's user name (see QueueView#withoutOfficers). */
    public CounterView withoutOfficer() {
        return new CounterView(id, number, label, state, null, officerName, fields, displayAddress);
    }

    public static CounterView of(Counter c, List<String> fieldCodes) {
        return new CounterView(String.valueOf(c.number), c.number, c.label, c.state, c.officer, c.officerName, fieldCodes,
                c.displayAddress);
    }
}
