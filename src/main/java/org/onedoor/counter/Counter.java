package org.onedoor.counter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A counter ("quầy") on the floor, staffed by one officer who may cover several fields. */
@Entity
public class Counter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long centerId;
    public int number;
    public String label;

    /** Where the hardware bridge finds the counter's LED number display, if it has one. */
    public String displayAddress;

    @Enumerated(EnumType.STRING)
    public CounterState state = CounterState.CLOSED;

    /** Username of the officer who opened it. */
    public String officer;

    /** That officer's display name as they opened it (null if they have none but their username); shown to citizens. */
    public String officerName;

    /** When its state last changed (see LeftOpenCounters); a new counter's, when it was made. */
    public Instant stateSince = Instant.now();

    /** When it was taken off the floor (see RetiredCounters); null while it is on it. */
    public Instant retiredAt;

    /** For the RATIO priority policy: normal tickets called here since the last priority one. */
    public int normalCallsSincePriority;

    /** A copy of its values, not attached to any session. */
    public Counter copy() {
        Counter c = new Counter();
        c.id = id;
        c.centerId = centerId;
        c.number = number;
        c.label = label;
        c.displayAddress = displayAddress;
        c.state = state;
        c.officer = officer;
        c.officerName = officerName;
        c.stateSince = stateSince;
        c.normalCallsSincePriority = normalCallsSincePriority;
        c.retiredAt = retiredAt;
        return c;
    }
}
