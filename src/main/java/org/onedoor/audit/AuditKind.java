package org.onedoor.audit;

import java.util.Locale;

/**
 * What an audit entry is about, as a manager looks for it. TICKETS is the floor's own traffic
 * (issuing, calling, serving, counters opening, kiosks' outage numbers): hundreds of lines a day
 * that would bury a manager's one change of settings, so the page leaves them out by default.
 */
public enum AuditKind {
    /** The center's settings and its catalogue: fields, counters, priority groups, ticket layout, voice. */
    SETTINGS,
    /** Staff accounts, sign-ins and refused sign-ins. */
    ACCOUNTS,
    /** Pairing, moving and revoking screens, kiosks and bridges; a bridge's printer reports. */
    DEVICES,
    /** Tickets and counters on the floor. */
    TICKETS,
    /** An address the route table does not know (a new endpoint): shown as method and address. */
    OTHER;

    /**
     * What a reader asks for with {@code ?kind=}: one kind, "management" (everything but the ticket
     * traffic) or "all" (the default, as the log was listed before kinds). Null for any other word.
     */
    public enum Filter {
        ALL, MANAGEMENT, SETTINGS, ACCOUNTS, DEVICES, TICKETS, OTHER;

        static Filter of(String asked) {
            if (asked == null || asked.isBlank()) {
                return ALL;
            }
            try {
                return valueOf(asked.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
