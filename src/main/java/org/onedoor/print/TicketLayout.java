package org.onedoor.print;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a center adds to its paper tickets: its logo on top, its own lines above the center's name
 * (the commune's name, a motto) and below the QR code (a hotline, opening hours). A center without
 * a row prints the default ticket.
 */
@Entity
@Table(name = "ticket_layout")
public class TicketLayout {

    @Id
    public Long centerId;

    /** Lines above the ticket, one per line of text. */
    public String header = "";

    /** Lines below the ticket, one per line of text. */
    public String footer = "";

    /** The logo as uploaded (PNG or JPEG); null for none. */
    public byte[] logo;

    public Instant updatedAt;
}
