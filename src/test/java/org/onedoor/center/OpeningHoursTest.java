package org.onedoor.center;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The opening period a hall screen is given, in Hà Nội's time (UTC+7), for a center open Monday to Friday, 7:00–17:00. */
class OpeningHoursTest {

    private final Center center = weekdays();

    @Test
    void shouldGiveTodaysPeriodAndTomorrowsOpeningWhileOpen() {
        assertThat(OpeningHours.of(center, local("2026-12-01T10:00"))) // a Tuesday
                .isEqualTo(new OpeningHours(local("2026-12-01T07:00"), local("2026-12-01T17:00"), local("2026-12-02T07:00")));
    }

    @Test
    void shouldGiveTheComingPeriodBeforeOpening() {
        assertThat(OpeningHours.of(center, local("2026-12-01T06:30")))
                .isEqualTo(new OpeningHours(local("2026-12-01T07:00"), local("2026-12-01T17:00"), local("2026-12-02T07:00")));
    }

    @Test
    void shouldGiveMondaysPeriodOnAFridayEveningAndTheWeekend() {
        OpeningHours monday = new OpeningHours(local("2026-12-07T07:00"), local("2026-12-07T17:00"), local("2026-12-08T07:00"));
        assertThat(OpeningHours.of(center, local("2026-12-04T17:00"))).as("Friday at closing time").isEqualTo(monday);
        assertThat(OpeningHours.of(center, local("2026-12-06T12:00"))).as("Sunday").isEqualTo(monday);
    }

    @Test
    void shouldCloseAtTheMidnightAfterWhenClosingTimeIsMidnight() {
        center.opensAt = LocalTime.MIDNIGHT;
        center.closesAt = LocalTime.MIDNIGHT;
        center.openDays(EnumSet.allOf(DayOfWeek.class));
        assertThat(OpeningHours.of(center, local("2026-12-01T23:59")))
                .isEqualTo(new OpeningHours(local("2026-12-01T00:00"), local("2026-12-02T00:00"), local("2026-12-02T00:00")));
    }

    @Test
    void shouldBeClosedAllDayOnAClosedDateAndOpenTheDayAfter() {
        center.closedDays(Set.of(LocalDate.parse("2026-12-02"))); // a Wednesday: a day of training
        assertThat(center.isOpenAt(local("2026-12-02T10:00"))).isFalse();
        assertThat(center.isOpenAt(local("2026-12-01T10:00"))).isTrue();
        assertThat(center.isOpenAt(local("2026-12-03T07:00"))).isTrue();
        assertThat(OpeningHours.of(center, local("2026-12-01T10:00"))).as("Tuesday: reopens on Thursday")
                .isEqualTo(new OpeningHours(local("2026-12-01T07:00"), local("2026-12-01T17:00"), local("2026-12-03T07:00")));
        assertThat(OpeningHours.of(center, local("2026-12-02T08:00"))).as("on the closed day: Thursday's period")
                .isEqualTo(new OpeningHours(local("2026-12-03T07:00"), local("2026-12-03T17:00"), local("2026-12-04T07:00")));
    }

    /** Tết closes a center 7–9 days: its next opening lies beyond the week the rule used to look at. */
    @Test
    void shouldReopenAfterAHolidayLongerThanAWeek() {
        center.closedDays(days("2027-02-04", "2027-02-14")); // Thursday to the Sunday of the week after
        assertThat(center.nextOpening(local("2027-02-03T17:00"))).isEqualTo(LocalDateTime.parse("2027-02-15T07:00"));
        assertThat(OpeningHours.of(center, local("2027-02-03T10:00")).reopensAt()).isEqualTo(local("2027-02-15T07:00"));
        assertThat(center.isOpenAt(local("2027-02-15T07:00"))).isTrue();
    }

    @Test
    void shouldFindTheOpeningOfACenterOpenOneDayAWeekPastSeveralClosedWeeks() {
        center.openDays(EnumSet.of(DayOfWeek.MONDAY));
        center.closedDays(Set.of(LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-14"), LocalDate.parse("2026-12-21")));
        assertThat(center.nextOpening(local("2026-12-01T10:00"))).isEqualTo(LocalDateTime.parse("2026-12-28T07:00"));
    }

    private static Set<LocalDate> days(String from, String to) {
        return Stream.iterate(LocalDate.parse(from), d -> !d.isAfter(LocalDate.parse(to)), d -> d.plusDays(1))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Center weekdays() {
        Center c = new Center();
        c.timeZone = "Asia/Ho_Chi_Minh";
        c.opensAt = LocalTime.of(7, 0);
        c.closesAt = LocalTime.of(17, 0);
        c.openDays = "1,2,3,4,5";
        return c;
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }
}
