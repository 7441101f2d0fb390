package org.onedoor.ticket;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The last number a field gave out on a service day. Written only by the upsert in
 * {@link TicketRepository#nextNumber}; mapped so it can be read with HQL (whose plans Hibernate
 * caches, unlike native selects: see TicketRepository).
 */
@Entity
@Table(name = "ticket_number")
@IdClass(TicketNumber.Key.class)
public class TicketNumber {

    @Id
    public Long fieldId;

    @Id
    public LocalDate serviceDay;

    public int lastNumber;

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
