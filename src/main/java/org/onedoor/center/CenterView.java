package org.onedoor.center;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** A center as the API shows it. */
public record CenterView(String id, String code, String name, String timeZone, LocalTime dayRollover, LocalTime opensAt,
        LocalTime closesAt, Set<DayOfWeek> openDays, PriorityPolicy priorityPolicy, int priorityRatio,
        int recallsBeforeNoShow, String notice) {

    public static CenterView of(Center c) {
        return new CenterView(c.code, c.code, c.name, c.timeZone, c.dayRollover, c.opensAt, c.closesAt, c.openDays(), c.priorityPolicy,
                c.priorityRatio, c.recallsBeforeNoShow, c.notice);
    }
}
