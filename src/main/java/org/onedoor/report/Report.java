package org.onedoor.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures the province asks for, over service days {@code from}..{@code to}, for one center or
 * all ({@code center} null). Waits run from issue to call, service from start to completion, in
 * minutes; p90 is the 90th percentile, interpolated (PostgreSQL's percentile_cont). Centers and
 * fields count tickets (a transferred one waits until its first call); counters and officers count visits.
 *
 * @param centerName      the center's name, for people (the page's header); null for all centers
 * @param byCenter        for all centers, every center (those without a ticket too, with zeros), by
 *                        code; empty for one center
 * @param arrivalsPerHour tickets issued in each hour of the day (0-23), local time
 * @param channels        tickets per channel (KIOSK, GUIDE_DESK, APPOINTMENT, API)
 */
public record Report(String center, String centerName, LocalDate from, LocalDate to, Totals totals, List<Group> byCenter,
        List<Group> byField, List<Group> byCounter, List<Group> byOfficer, int[] arrivalsPerHour, Map<String, Integer> channels) {

    /** No figures: the frame of a page whose days make no report. */
    static Report none(String center, String centerName, LocalDate day) {
        return new Report(center, centerName, day, day, new Totals(0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(),
                new int[24], Map.of());
    }

    public record Totals(int issued, int served, int noShow, int cancelled) {

        /**
         * Issued and not yet done: waiting, or at a counter now. Without it the totals did not add up
         * (18 issued, 1 served, 1 absent, 0 cancelled) and a manager looked for the 16 missing.
         */
        @JsonProperty
        public int unfinished() {
            return Math.max(0, issued - served - noShow - cancelled);
        }
    }

    /**
     * One center, field, counter or officer. Averages and percentiles are null when nothing was measured.
     *
     * @param key  the center's code, field code, counter number or officer's username (across
     *             centers, a field's, counter's and officer's after their center's code)
     * @param name what to show: a center's short name (without "Trung tâm Phục vụ hành chính
     *             công"), a field's name (in English when asked and given), a counter's label, an
     *             officer's display name (across centers, after their center's short name)
     */
    public record Group(String key, String name, int tickets, int served, Double avgWaitMinutes,
            Double p90WaitMinutes, Double avgServiceMinutes, Double p90ServiceMinutes, int verySatisfied,
            int satisfied, int unsatisfied) {
    }
}
