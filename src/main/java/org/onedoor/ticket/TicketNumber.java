package org.onedoor.ticket;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The last number a field gave out on a service day. Written only by the upsert in
 * {@link TicketRepository#nextNumber}; mapped so it can be read with HQL (whose plans Hibernate
 * caches, unlike native selects: see TicketRepository).
 */
@Entity
@Table(name = "ticket_number")
@IdClass(FieldDay.class)
public class TicketNumber {

    @Id
    public Long fieldId;

    @Id
    public LocalDate serviceDay;

    public int lastNumber;

    /** The lowest number leased to kiosks for the day (see KioskLeases), or null: online numbering stops below it. */
    public Integer leaseFloor;

    /** The last number as a daily cap sees it: beyond any cap once the next would meet the kiosks' block. */
    int lastOnline() {
        return leaseFloor != null && lastNumber + 1 >= leaseFloor ? Integer.MAX_VALUE : lastNumber;
    }
}
