package org.onedoor.report;

/**
 * One center on the province dashboard, now: what waits, for how long the longest has waited,
 * how many counters are open, and today's totals so far.
 */
public record CenterNow(String center, String name, int waiting, Double longestWaitMinutes, int openCounters,
        int issuedToday, int servedToday) {

    /** The longest wait as the dashboard page shows it: whole minutes ("13", not "12,57"); null with nobody waiting. */
    public Long longestWaitWholeMinutes() {
        return longestWaitMinutes == null ? null : Math.round(longestWaitMinutes);
    }
}
