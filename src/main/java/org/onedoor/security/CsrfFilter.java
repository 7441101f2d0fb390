package org.onedoor.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.onedoor.common.Problem;

/**
 * A change asked for with the session cookie must also carry the session's CSRF token in the
 * X-CSRF-Token header: another site can make a browser send the cookie, but cannot read it to
 * copy the token. Requests signed in with a header (Basic, device Bearer) carry no ambient
 * credentials and need none. The sign-in forms under /login check their own hidden field.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SessionCookies sessions;

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString("Authorization") != null
                || request.getUriInfo().getPath().startsWith("/login")) {
            return;
        }
        Cookie cookie = request.getCookies().get(SessionCookies.SESSION);
        if (cookie == null) {
            return;
        }
        sessions.decode(cookie.getValue()).ifPresent(session -> {
            if (!matches(session.csrf(), request.getHeaderString(SessionCookies.CSRF_HEADER))) {
                throw Problem.forbidden(w -> w.csrfHeaderMissing(SessionCookies.CSRF_HEADER));
            }
        });
    }

    static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
