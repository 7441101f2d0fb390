package org.onedoor.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.onedoor.security.SignInRefused;

/**
 * Puts each refused sign-in in the audit log, in the log of the center whose account was tried:
 * action SIGN-IN, status 401 (429 for the refusal that locked the name or the address), the
 * address asked for and the client's address as its target, "/login (10.0.0.7)". The name is
 * kept as typed only when an account has it (else "?": an unknown name is often a password typed
 * in the wrong box), short and free of control characters (a NUL would fail the batch's insert).
 */
@ApplicationScoped
public class SignInAudit {

    static final String ACTION = "SIGN-IN";
    /** The actor of a refusal for a name no account has. */
    static final String UNKNOWN = "?";
    private static final int MOST_ACTOR_CHARS = 100;
    private static final int MOST_TARGET_CHARS = 300;

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    void refused(@Observes SignInRefused refusal) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        // a name no one has is often a password typed in the wrong box: not kept
        entry.actor = refusal.known() ? printable(refusal.username(), MOST_ACTOR_CHARS) : UNKNOWN;
        entry.centerId = refusal.centerId();
        entry.action = ACTION;
        entry.target = printable((refusal.path() == null ? "" : refusal.path())
                + (refusal.address() == null ? "" : " (" + refusal.address() + ")"), MOST_TARGET_CHARS);
        entry.status = refusal.locked() ? 429 : 401;
        entry.kind = AuditKind.ACCOUNTS.name();
        log.add(entry, null, null);
    }

    private static String printable(String text, int most) {
        String value = text == null ? "" : text;
        StringBuilder kept = new StringBuilder(Math.min(value.length(), most));
        value.codePoints().limit(most).forEach(c -> kept.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return kept.toString();
    }
}
