package org.onedoor.floor.live;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onedoor.center.OpeningHours;
import org.onedoor.floor.FloorEvent;
import org.onedoor.ticket.OpenRating;
import org.onedoor.ticket.QueueView;

/**
 * What a screen needs to draw the floor from nothing, consistent with event {@code seq}: every
 * event after it is news to the screen, every event up to it is already in here.
 *
 * @param serverTime the server's clock when the snapshot was read: screens show the time from it (a TV
 *                   box often has no battery clock) and tell a fresh call from a stale one
 * @param utcOffsetSeconds the center's offset from UTC now, so a screen in any time zone shows local time
 * @param nextServiceDayAt when the center's next service day begins: a screen left on overnight
 *                   draws the floor afresh then (no event marks the change of day)
 * @param hours      the center's opening period now or next, and the opening after it (null: no open
 *                   day): a hall screen says when the center is closed; {@code HoursChanged} events keep it current
 * @param lastCalls  the center's last calls and recalls of this service day, newest first (at most 10)
 * @param printers   the center's ticket printers (one per bridge that has reported one) and their
 *                   state; {@code PrinterStateChanged} events keep it current
 * @param openRatings the citizens who may still rate the service, one at most per counter: a
 *                   counter screen that starts afresh offers them the rating again;
 *                   {@code TicketCalled} and {@code TicketRated} events end them
 */
public record FloorSnapshot(String type, long seq, Instant serverTime, int utcOffsetSeconds, String center, String centerName, String notice,
        LocalDate serviceDay, Instant nextServiceDayAt, OpeningHours hours, List<QueueView.FieldQueue> fields, List<QueueView.CounterNow> counters,
        List<FloorEvent> lastCalls, List<PrinterNow> printers, List<OpenRating> openRatings) {

    public static final String TYPE = "Snapshot";

    /** @param bridge the bridge's device id; {@code state} READY, PAPER_LOW, OUT_OF_PAPER, OFFLINE or ERROR */
    public record PrinterNow(String bridge, String name, String state) {
    }
}
