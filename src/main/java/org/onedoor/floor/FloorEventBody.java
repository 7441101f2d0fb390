package org.onedoor.floor;

import java.util.List;
import org.onedoor.center.OpeningHours;

/** What happened on the floor. The record's simple name is the event type on every wire. */
public sealed interface FloorEventBody {

    /** The ticket the event is about, or null for counter events. */
    default TicketRef ticketRef() {
        return null;
    }

    record TicketIssued(TicketRef ticket, String channel) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    /** @param announcement the clips the hall plays, in order (see {@code Announcement}) */
    record TicketCalled(TicketRef ticket, List<String> announcement) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    /** Announce again; the queue order does not change. */
    record TicketRecalled(TicketRef ticket, List<String> announcement) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    record TicketServing(TicketRef ticket) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    record TicketDone(TicketRef ticket, String procedure) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    /** The citizen rated the service on the counter screen: VERY_SATISFIED, SATISFIED or UNSATISFIED. */
    record TicketRated(TicketRef ticket, String score) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    record TicketNoShow(TicketRef ticket) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    record TicketCancelled(TicketRef ticket) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    /** Moved to another field or counter; {@code ticket} shows where it waits now. */
    record TicketTransferred(TicketRef ticket, String fromField, Integer fromCounter) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    /** @param officerName the display name of {@code officer}, for the counter's screen (null in events before it) */
    record CounterStateChanged(int counter, String state, String officer, String officerName) implements FloorEventBody {
    }

    /**
     * A ticket to print, for the bridge {@code printer} (its device id). The paper itself (with the
     * ticket's tracking link) stays in the print job and goes to that bridge only: floor events
     * reach every screen, and the tracking link is the citizen's alone.
     */
    record PrintRequested(String job, String printer, TicketRef ticket) implements FloorEventBody {
        @Override
        public TicketRef ticketRef() {
            return ticket;
        }
    }

    /**
     * A bridge could not print a kiosk's ticket ({@code job}, the print job's id, which the kiosk
     * had in its answer): the kiosk still showing that ticket tells its citizen to keep the number
     * from the screen instead of waiting for paper that will not come.
     *
     * @param bridge the bridge's device id
     */
    record PrintFailed(String job, String bridge) implements FloorEventBody {
    }

    /**
     * A bridge's ticket printer changed state (READY, PAPER_LOW, OUT_OF_PAPER, OFFLINE, ERROR):
     * staff are alerted to bring paper or check the printer before citizens find it empty.
     *
     * @param bridge the bridge's device id, {@code name} its name as paired
     */
    record PrinterStateChanged(String bridge, String name, String state) implements FloorEventBody {
    }

    /** The center changed the line its hall screens scroll; null when it removed it. */
    record NoticeChanged(String notice) implements FloorEventBody {
    }

    /**
     * A manager renamed the center: the hall screens and kiosks show its name on top, and would
     * keep the old one until they next connect, which may be weeks.
     */
    record CenterRenamed(String name) implements FloorEventBody {
    }

    /**
     * A manager changed the center's opening hours (times, days, time zone): hall screens say when
     * it is closed and when it reopens from these. Null when the center has no open day left.
     */
    record HoursChanged(OpeningHours hours) implements FloorEventBody {
    }

    /**
     * A manager changed the center's layout: a field, a priority group or a counter (its label,
     * its fields). Screens, kiosks and workspaces read the floor afresh (a snapshot), rather than
     * show a new field by its bare code and grey, or a new counter nowhere, until tomorrow.
     */
    record LayoutChanged() implements FloorEventBody {
    }

    /**
     * What waits now, per field, after the event before it: screens show these counts and
     * estimates without computing anything. Recorded after every event that changes them.
     *
     * @param fields tickets waiting in each field (see {@link FieldWaiting})
     * @param sentToCounters tickets sent to one counter (a transfer), only counters with some: a
     *     counter left out has none (and events recorded before these counts have none at all)
     */
    record QueueChanged(List<FieldWaiting> fields, List<CounterWaiting> sentToCounters) implements FloorEventBody {
    }

    /** @param waiting tickets waiting for this counter alone */
    record CounterWaiting(int counter, int waiting) {
    }

    /**
     * @param waiting every waiting ticket of the field, those sent to one counter included (the hall's count)
     * @param inLane those in the field's own lane, which its counters call in turn (the workspace's
     *     count); null in events recorded before it was counted
     * @param estimatedWaitMinutes what a ticket of this field taken now would wait (from {@code inLane}, as its slip)
     */
    record FieldWaiting(String field, int waiting, Integer inLane, int estimatedWaitMinutes, int openCounters) {
    }
}
