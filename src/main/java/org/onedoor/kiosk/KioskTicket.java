package org.onedoor.kiosk;

import java.util.List;
import org.onedoor.device.Device;
import org.onedoor.floor.voice.Announcement;
import org.onedoor.ticket.TicketView;

/**
 * A ticket taken at a kiosk, and what became of its paper copy.
 *
 * @param printer    the state of the kiosk's printer as its bridge last reported it: READY, PAPER_LOW,
 *                   OUT_OF_PAPER, OFFLINE (also for a bridge never started), ERROR; UNKNOWN for a bridge
 *                   connected that has not reported yet (the paper is sent all the same); NONE when no
 *                   printer is paired. Anything but READY, PAPER_LOW or UNKNOWN: the kiosk tells the citizen
 *                   to show the screen (or go to the guidance desk) instead of taking a paper ticket.
 * @param printerBridge the id of the bridge the paper went to (null: none): the kiosk hears from the
 *                   floor when that bridge goes offline before the citizen has left
 * @param spokenCode the voice-pack words that say the number ("số", "a", "hai", "mươi", "ba"): a citizen
 *                   who cannot read hears the number the hall will call, in the words it will use
 */
public record KioskTicket(TicketView ticket, String printJob, String printer, String printerBridge,
        List<String> spokenCode) {

    public KioskTicket(TicketView ticket, String printJob, String printer, Device bridge) {
        this(ticket, printJob, printer, bridge == null ? null : String.valueOf(bridge.id), Announcement.forNumber(ticket.code()));
    }
}
