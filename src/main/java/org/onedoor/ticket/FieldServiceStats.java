package org.onedoor.ticket;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many tickets of a field were completed on a service day and their service time in all
 * (start to completion). Kept by a database trigger as tickets become DONE; read-only here.
 */
@Entity
@Table(name = "field_service_stats")
@IdClass(FieldServiceStats.Key.class)
public class FieldServiceStats {

    @Id
    public Long fieldId;

    @Id
    public LocalDate serviceDay;

    public int doneCount;

    public double serviceSeconds;

    public static class Key implements Serializable {
        public Long fieldId;
        public LocalDate serviceDay;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(fieldId, k.fieldId) && Objects.equals(serviceDay, k.serviceDay);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fieldId, serviceDay);
        }
    }
}
