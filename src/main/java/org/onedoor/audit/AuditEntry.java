package org.onedoor.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change someone asked for and got: who, what (method and address), when, with what answer. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The actor's center; null for an administrator of all centers. */
    public Long centerId;
    public Instant at;
    public String actor;
    public String action;
    public String target;
    public int status;
    /** An {@link AuditKind}'s name, so that a manager's changes are found apart from the ticket traffic. */
    public String kind;
    /** The ticket acted on (its address's, or the one a call answered with), named by its code when read. */
    public UUID ticketId;
    /** The counter it happened at, when the address or the answer says. */
    public Integer counter;
}
