package org.onedoor.kiosk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onedoor.ticket.FieldClosure;

/**
 * What a kiosk's home screen shows: whether the center receives citizens now (and, if not, when
 * it opens again), each field as a tile that can or cannot be taken, and the priority groups.
 *
 * @param nextOpening the center's next opening, in its local time, when it is closed now
 * @param spokenReopening the voice-pack words that say it ("bảy", "giờ", "ba", "mươi", "phút",
 *                    "thứ", "ba"): a closed kiosk says when to come back to a citizen who cannot read
 * @param closedToday why the center is closed today, when today is a closed date ("" with no reason); else null
 * @param closedDates the center's closed dates from today on (its local dates): a kiosk that cannot
 *                    reach the server judges the hours by its own clock, and must not give numbers on a holiday
 */
public record KioskView(String center, String centerName, boolean open, LocalTime opensAt, LocalTime closesAt,
        Set<DayOfWeek> openDays, List<LocalDate> closedDates, String closedToday, LocalDateTime nextOpening,
        List<String> spokenReopening, Instant serverTime, int utcOffsetSeconds, List<KioskField> fields,
        List<KioskPriority> priorityGroups) {

    /**
     * @param closedBecause why the tile cannot be taken now, or null when it can
     * @param pausedCounters how many counters serving it are on a break: with none open, the
     *                      kiosk says the counters it lists are on a break, not that none is open
     * @param counters      the counters that serve the field, open ones first
     */
    public record KioskField(String code, Map<String, String> names, String colour, String pictogram,
            FieldClosure closedBecause, int waiting, int estimatedWaitMinutes, int openCounters,
            int pausedCounters, List<Integer> counters) {
    }

    public record KioskPriority(String code, Map<String, String> names, String icon) {
    }
}
