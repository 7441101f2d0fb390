package org.onedoor.ticket;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The key of per-field, per-service-day rows: {@link TicketNumber} and {@link FieldServiceStats}. */
public class FieldDay implements Serializable {

    public Long fieldId;
    public LocalDate serviceDay;

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldDay k && Objects.equals(fieldId, k.fieldId) && Objects.equals(serviceDay, k.serviceDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fieldId, serviceDay);
    }
}
