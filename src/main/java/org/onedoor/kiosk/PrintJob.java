package org.onedoor.kiosk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One ticket to print, for the printer (a bridge) that serves the kiosk it was taken at. */
@Entity
@Table(name = "print_job")
public class PrintJob {

    public enum State {
        /** Waiting for its printer. */
        PENDING,
        PRINTED,
        FAILED,
        /** The kiosk has no printer paired: the citizen reads the code on the screen. */
        NO_PRINTER,
        /** Its ticket was cancelled before it printed (an online twin the kiosk's offline number replaced). */
        VOID
    }

    @Id
    public UUID id;

    public Long centerId;
    public UUID ticketId;
    public Long kioskId;
    public Long printerId;

    /** The {@link TicketPrint} as JSON: what the printer needs, with no call back to the server. */
    @ColumnTransformer(write = "?::jsonb")
    public String payload;

    @Enumerated(EnumType.STRING)
    public State state;

    public Instant createdAt;
    public Instant updatedAt;
}
