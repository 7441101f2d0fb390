package org.onedoor.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A service center (one commune's one-stop shop). One install can serve a whole province. */
@Entity
public class Center {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String timeZone = "Asia/Ho_Chi_Minh";
    public LocalTime dayRollover = LocalTime.MIDNIGHT;
    public LocalTime opensAt = LocalTime.of(7, 0);
    public LocalTime closesAt = LocalTime.of(17, 0);

    @Enumerated(EnumType.STRING)
    public PriorityPolicy priorityPolicy = PriorityPolicy.STRICT;

    /** With {@link PriorityPolicy#RATIO}: normal calls at a counter before one priority call. */
    public int priorityRatio = 2;

    /** How many recalls a ticket needs before it may be marked as a no-show. */
    public int recallsBeforeNoShow = 1;

    public String notice;

    /** Bumped only by {@code EventJournal} under a row lock; never written from Java. */
    @Column(insertable = false, updatable = false)
    public long lastEventSeq;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
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
}
