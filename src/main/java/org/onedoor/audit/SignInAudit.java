package org.onedoor.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.onedoor.security.SignInRefused;

/**
 * Puts each refused sign-in in the audit log, in the log of the center whose account was tried:
 * action SIGN-IN, status 401 (429 for the refusal that locked the name or the address), the
 * address asked for and the client's address as its target. The name is as typed, so it is
 * kept short and free of control characters (a NUL would make the batch's insert fail).
 */
@ApplicationScoped
public class SignInAudit {

    static final String ACTION = "SIGN-IN";
    private static final int MOST_ACTOR_CHARS = 100;
    private static final int MOST_TARGET_CHARS = 300;

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    void refused(@Observes SignInRefused refusal) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actor = printable(refusal.username(), MOST_ACTOR_CHARS);
        entry.centerId = refusal.centerId();
        entry.action = ACTION;
        entry.target = printable((refusal.path() == null ? "" : refusal.path())
                + (refusal.address() == null ? "" : " from " + refusal.address()), MOST_TARGET_CHARS);
        entry.status = refusal.locked() ? 429 : 401;
        log.add(entry, null, null);
    }

    private static String printable(String text, int most) {
        String value = text == null ? "" : text;
        StringBuilder kept = new StringBuilder(Math.min(value.length(), most));
        value.codePoints().limit(most).forEach(c -> kept.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return kept.toString();
    }
}
