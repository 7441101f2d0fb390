package org.onedoor.floor;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything printed on a paper ticket, so a bridge can print it with no further question to the
 * server: the code large, the field in the citizen's language and in Vietnamese, where to go, how
 * long to wait, and the tracking link as a QR code.
 *
 * @param noCounterOpen no counter of the field is open (before opening time, over lunch): the paper
 *                     promises no wait, as the kiosk's screen and the hall's do not
 * @param issuedAt     in the center's local time, as printed
 * @param trackingPath the public tracking page, relative to the server's address ({@code /t/…})
 */
public record TicketPrint(String centerName, String code, String field, Map<String, String> fieldNames,
        String priority, List<Integer> counters, Integer peopleAhead, Integer estimatedWaitMinutes,
        boolean noCounterOpen, LocalDateTime issuedAt, String language, String trackingPath) {
}
