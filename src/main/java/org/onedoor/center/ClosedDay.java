package org.onedoor.center;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A date a center is closed all day (a public holiday, a day of training), with why. */
@Entity
@Table(name = "center_closed_day")
public class ClosedDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long centerId;

    /** The center's local date. */
    public LocalDate day;

    /** "Nghỉ Tết Nguyên đán", shown to the manager; null when none was given. */
    public String reason;
}
