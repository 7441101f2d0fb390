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
 * copy the token. Requests signed in with a device's Bearer token carry no ambient credentials and
 * need none; nor do API clients with Basic. But a browser that once answered its own password box
 * (a link to /api/... followed after the session ended) sends that Basic header with any site's
 * form: a Basic change a browser marks as coming from another site (Sec-Fetch-Site) is refused.
 * The sign-in forms under /login check their own hidden field.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SessionCookies sessions;

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith("/login")) {
            return;
        }
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null) {
            if (authorization.regionMatches(true, 0, "Basic ", 0, 6) && fromAnotherSite(request)) {
                throw Problem.forbidden(w -> w.crossSiteChange());
            }
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

    /**
     * What the browser says of where the request comes from: "same-origin", or "none" when the
     * user typed or bookmarked it. Clients other than browsers send no such header.
     */
    private static boolean fromAnotherSite(ContainerRequestContext request) {
        String site = request.getHeaderString("Sec-Fetch-Site");
        return site != null && !"same-origin".equalsIgnoreCase(site) && !"none".equalsIgnoreCase(site);
    }

    static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
