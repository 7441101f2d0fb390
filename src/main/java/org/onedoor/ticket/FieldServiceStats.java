package org.onedoor.ticket;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * How many tickets of a field were completed on a service day and their service time in all
 * (start to completion). Kept by a database trigger as tickets become DONE; read-only here.
 */
@Entity
@Table(name = "field_service_stats")
@IdClass(FieldDay.class)
public class FieldServiceStats {

    @Id
    public Long fieldId;

    @Id
    public LocalDate serviceDay;

    public int doneCount;

    public double serviceSeconds;
}
