package org.onedoor.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A numbered ticket. It holds no personal data, ever: a code, a field, times and places. */
@Entity
public class Ticket {

    @Id
    public UUID id;

    public Long centerId;
    public LocalDate serviceDay;
    public Long fieldId;

    /**
     * The field whose numbering made the code: fieldId when issued, and unchanged by a transfer
     * (TodaysCodes). Written by the insert (WaitingCounts) only; null on tickets from before V27.
     */
    @Column(insertable = false, updatable = false)
    public Long issuedFieldId;

    public Long procedureId;
    public int number;
    public String code;
    public Long priorityGroupId;

    /** The guidance officer's note about the priority; staff only, never on screens or events. */
    public String priorityNote;
    public String language;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public TicketState state;

    /** Arrival: orders the queue, and is kept when the ticket is transferred. */
    public Instant issuedAt;
    public Instant calledAt;
    public Instant startedAt;
    public Instant finishedAt;

    public Long counterId;
    public String officer;

    /** Set when transferred to one counter: only that counter calls it. */
    public Long targetCounterId;

    public int recallCount;
    public int transferCount;
    public String trackingToken;

    /** The citizen's rating on the counter screen, once the ticket is done. */
    @Enumerated(EnumType.STRING)
    public Satisfaction rating;
    public Instant ratedAt;

    /** The kiosk's offline ticket that replaced this online one (the kiosk gave up on its answer); left out of the reports. */
    public UUID replacedBy;

    @Version
    public int version;

    /**
     * Where a ticket waits, for the queue counts: its field's own lane, its field (in the lane or
     * sent to one counter), and the counter it was sent to; each null when it does not.
     */
    public record WaitingIn(Long lane, Long field, Long counter) {

        static final WaitingIn NOWHERE = new WaitingIn(null, null, null);
    }

    public WaitingIn waitingIn() {
        return state != TicketState.WAITING ? WaitingIn.NOWHERE
                : new WaitingIn(targetCounterId == null ? fieldId : null, fieldId, targetCounterId);
    }
}
