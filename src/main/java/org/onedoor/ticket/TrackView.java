package org.onedoor.ticket;

import java.util.Map;

/**
 * The public status of one ticket: no personal data, nothing about other citizens.
 *
 * @param counter the counter calling or serving it, or the one it was sent to while it waits there
 * @param counterOpen while it waits: whether a counter that would call it is open now (the
 *     counter it was sent to, else one serving its field); an estimate means nothing without one.
 *     False once it no longer waits
 * @param language the language the ticket was taken in ("vi", "en", or a voice pack's, such as
 *     "hmn"): the tracking page speaks it unless its address asks for another, whatever the phone's
 */
public record TrackView(String center, String centerName, String code, String field, Map<String, String> fieldNames,
        TicketState state, Integer position, Integer peopleAhead, Integer estimatedWaitMinutes, Integer counter,
        boolean counterOpen, String language, long lastSeq) {
}
