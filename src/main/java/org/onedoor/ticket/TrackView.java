package org.onedoor.ticket;

import java.util.Map;

/** The public status of one ticket: no personal data, nothing about other citizens. */
public record TrackView(String center, String centerName, String code, String field, Map<String, String> fieldNames,
        TicketState state, Integer position, Integer peopleAhead, Integer estimatedWaitMinutes, Integer counter,
        long lastSeq) {
}
