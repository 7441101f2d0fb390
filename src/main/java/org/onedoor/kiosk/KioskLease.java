package org.onedoor.kiosk;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.onedoor.catalog.Field;

/** A block of a field's numbers for one day that a kiosk may issue while offline (see V11__kiosk_leases.sql). */
@Entity
@Table(name = "kiosk_lease")
public class KioskLease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long deviceId;
    public Long fieldId;
    public LocalDate serviceDay;
    public int firstNumber;
    public int lastNumber;
    public Instant createdAt;
    /** Set when the kiosk asked again having lost its record of the block (V28): its free numbers are offered no more. */
    public Instant retiredAt;

    /** The field's numbering when leased: the codes the kiosk gives stay these if the field's change. */
    public String prefix;
    public Integer numberBlock;

    boolean holds(int number) {
        return number >= firstNumber && number <= lastNumber;
    }

    String code(int number) {
        return Field.code(prefix, numberBlock, number);
    }
}
