package org.onedoor.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A service center (one commune's one-stop shop). One install can serve a whole province. */
@Entity
public class Center {

    /** Vietnam's one time zone: a new center's, and the reports' day when they span every center. */
    public static final String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String timeZone = DEFAULT_TIME_ZONE;
    public LocalTime dayRollover = LocalTime.MIDNIGHT;
    public LocalTime opensAt = LocalTime.of(7, 0);
    /** 00:00 means midnight at the end of the day: a center open round the clock opens 00:00, closes 00:00. */
    public LocalTime closesAt = LocalTime.of(17, 0);

    @Enumerated(EnumType.STRING)
    public PriorityPolicy priorityPolicy = PriorityPolicy.STRICT;

    /** With {@link PriorityPolicy#RATIO}: normal calls at a counter before one priority call. */
    public int priorityRatio = 2;

    /** How many recalls a ticket needs before it may be marked as a no-show. */
    public int recallsBeforeNoShow = 1;

    public String notice;

    /** ISO day numbers the center opens, Monday = 1: "1,2,3,4,5". */
    public String openDays = "1,2,3,4,5";

    /**
     * The dates the center is closed all day (holidays, a training day), "2027-02-16,2027-02-17":
     * kept by a trigger from the closed-day list (V32), so every read of a center has them.
     */
    @Column(insertable = false, updatable = false)
    public String closedDays = "";

    /** {@link #closedDays} read, and the text it was read from. */
    @Transient
    private NavigableSet<LocalDate> closedDaysRead;
    @Transient
    private String closedDaysReadFrom;

    /** Bumped only by {@code EventJournal} under a row lock; never written from Java. */
    @Column(insertable = false, updatable = false)
    public long lastEventSeq;

    /** Bumped by database triggers whenever fields, counters or priority groups change (see FloorLayouts). */
    @Column(insertable = false, updatable = false)
    public long layoutVersion;

    public Set<DayOfWeek> openDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : openDays.split(",")) {
            days.add(DayOfWeek.of(Integer.parseInt(day.trim())));
        }
        return days;
    }

    public void openDays(Set<DayOfWeek> days) {
        openDays = String.join(",", days.stream().sorted().map(d -> String.valueOf(d.getValue())).toList());
    }

    /** The dates the center is closed all day, in order (past ones too: see V32). */
    public NavigableSet<LocalDate> closedDays() {
        String text = closedDays == null ? "" : closedDays;
        if (!text.equals(closedDaysReadFrom)) {
            NavigableSet<LocalDate> days = new TreeSet<>();
            for (String day : text.split(",")) {
                if (!day.isBlank()) {
                    days.add(LocalDate.parse(day.trim()));
                }
            }
            closedDaysRead = days;
            closedDaysReadFrom = text;
        }
        return closedDaysRead;
    }

    /** Sets the closed dates as the database's trigger writes them (this row's copy, within the changing transaction). */
    void closedDays(Set<LocalDate> days) {
        closedDays = String.join(",", days.stream().sorted().map(LocalDate::toString).toList());
    }

    /** Whether the center opens on {@code day}: one of its weekdays, and not a closed date. */
    public boolean opensOn(LocalDate day) {
        return openDays().contains(day.getDayOfWeek()) && !closedDays().contains(day);
    }

    /** Whether citizens are received now: an open day that is no closed date, between opening and closing time. */
    public boolean isOpenAt(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone());
        LocalTime time = local.toLocalTime();
        return opensOn(local.toLocalDate()) && !time.isBefore(opensAt)
                && (closesAt.equals(LocalTime.MIDNIGHT) || time.isBefore(closesAt));
    }

    /** When the center next opens after {@code at}, in its local time; null when it has no open day. */
    public LocalDateTime nextOpening(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone());
        LocalDate today = local.toLocalDate();
        // A week holds every open weekday; each closed date ahead can take out one of them, and
        // in the worst case (a center open one day a week) push the opening a week on: Tết alone
        // closes 7–9 days, so a week's look ahead is not enough.
        int closedAhead = closedDays().tailSet(today, true).size();
        for (int ahead = 0; ahead <= 7 * (closedAhead + 1); ahead++) {
            LocalDateTime opening = today.plusDays(ahead).atTime(opensAt);
            if (opensOn(opening.toLocalDate()) && opening.isAfter(local)) {
                return opening;
            }
        }
        return null;
    }

    /** When the opening period {@code at} falls in began: today's opening time (call it while open). */
    Instant lastOpening(Instant at) {
        return LocalDateTime.ofInstant(at, zone()).toLocalDate().atTime(opensAt).atZone(zone()).toInstant();
    }

    /** When the period that opened at {@code opening} closes: the same day's closing time, or the midnight after. */
    Instant closingAfter(Instant opening) {
        LocalDate day = LocalDateTime.ofInstant(opening, zone()).toLocalDate();
        LocalDateTime closing = closesAt.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(closesAt);
        return closing.atZone(zone()).toInstant();
    }

    public ZoneId zone() {
        // parsed once per zone name: every request asks its center for the day and the opening hours
        return ZONES.computeIfAbsent(timeZone, ZoneId::of);
    }

    /**
     * The service day an instant belongs to: the local date, shifted by the rollover time so a
     * center may end its day at, say, 03:00 rather than midnight.
     */
    public LocalDate serviceDay(Instant at) {
        return at.atZone(zone()).toLocalDateTime()
                .minusSeconds(dayRollover.toSecondOfDay())
                .toLocalDate();
    }

    /** When a service day begins: its date at the rollover time, in the center's zone. */
    public Instant startOf(LocalDate day) {
        return day.atTime(dayRollover).atZone(zone()).toInstant();
    }
}
