package org.onedoor.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.onedoor.common.RandomTokens;
import org.onedoor.common.Sha256;

/**
 * The staff session: a cookie that says who signed in and until when, signed with HMAC-SHA256 so
 * it cannot be forged, and nothing stored on the server (any node with the same key reads it).
 * It also carries the session's CSRF token, which pages send back in a header or form field.
 *
 * <p>The key comes from {@code onedoor.session.key} (ONEDOOR_SESSION_KEY); without one a random
 * key is made at start, so sessions end when the server restarts.
 */
@ApplicationScoped
@Startup
public class SessionCookies {

    public static final String SESSION = "onedoor-session";
    public static final String CSRF = "onedoor-csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** A working day and a bit: an officer signs in once a day. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private static final Logger LOG = Logger.getLogger(SessionCookies.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /**
     * @param version the user's session version when it was opened (signing out moves it on)
     * @param csrf    the token a page must send back with every change it asks for
     */
    public record Session(String username, int version, Instant expires, String csrf) {
    }

    /**
     * Keyed once, cloned for each cookie: Mac.getInstance walks the security providers and init
     * derives the key's pads again, and every page request of a signed-in officer checks a cookie.
     */
    private final Mac keyed;
    private final SecretKeySpec key;

    @Inject
    Clock clock;

    @Inject
    public SessionCookies(@ConfigProperty(name = "onedoor.session.key") Optional<String> configured) {
        byte[] raw;
        if (configured.isPresent() && configured.get().length() < 16) {
            // a weak key shared by every node would be worse than none: refuse to start
            throw new IllegalStateException("ONEDOOR_SESSION_KEY must have 16 characters or more");
        }
        if (configured.isPresent()) {
            raw = Sha256.digest(configured.get().getBytes(StandardCharsets.UTF_8));
        } else {
            raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            LOG.info("No ONEDOOR_SESSION_KEY: staff sessions end when the server restarts");
        }
        key = new SecretKeySpec(raw, "HmacSHA256");
        keyed = newMac();
    }

    /** A new session for a user who just signed in. */
    public Session open(String username, int version) {
        return new Session(username, version, clock.instant().plus(LIFETIME), RandomTokens.urlSafe(16));
    }

    public String encode(Session s) {
        String payload = B64.encodeToString((s.username() + "\n" + s.version() + "\n" + s.expires().getEpochSecond()
                + "\n" + s.csrf()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + B64.encodeToString(mac(payload));
    }

    /**
     * The CSRF token for a page's sign-out form: from the verified session, not from the readable
     * cookie; empty without a session.
     */
    public String csrfOf(String cookie) {
        return decode(cookie).map(Session::csrf).orElse("");
    }

    /** The session in a cookie value, if it is genuine and not expired. */
    public Optional<Session> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String payload = value.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(payload), B64D.decode(value.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(B64D.decode(payload), StandardCharsets.UTF_8).split("\n", 4);
            Session s = new Session(parts[0], Integer.parseInt(parts[1]), Instant.ofEpochSecond(Long.parseLong(parts[2])),
                    parts[3]);
            return s.expires().isAfter(clock.instant()) ? Optional.of(s) : Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        Mac mac;
        try {
            mac = (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            // a provider whose HMAC cannot be cloned: key a new one each time
            mac = newMac();
        }
        return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
