package org.onedoor.kiosk;

import java.time.LocalDate;
import java.util.List;
import org.onedoor.floor.voice.Announcement;

/**
 * The numbers a kiosk holds for today, per field: what it may give citizens while it cannot
 * reach the server. Numbers already handed back are left out.
 */
public record LeaseView(LocalDate day, List<FieldNumbers> fields) {

    /** @param numbers each free number with the code to show, in the order to use them */
    public record FieldNumbers(String field, List<Number> numbers) {
    }

    /**
     * @param spokenCode the voice-pack words that say the code: the kiosk says a leased number as it
     *     says one the server gave, with no server to ask (see {@link KioskTicket})
     */
    public record Number(int number, String code, List<String> spokenCode) {

        public Number(int number, String code) {
            this(number, code, Announcement.forNumber(code));
        }
    }
}
