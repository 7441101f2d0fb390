package org.onedoor.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the language a staff page was asked for (?lang=) in a cookie, so the pages after it (the
 * one after sign-in, a link between pages, the next visit) are shown in it too.
 */
public class PageLanguageCookie {

    /** A year: a language is a person's, not a session's. */
    private static final int KEPT_SECONDS = 365 * 24 * 3600;

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        String asked = PageLanguage.known(request.getUriInfo().getQueryParameters().getFirst("lang"));
        if (asked == null || !"GET".equals(request.getMethod()) || response.getStatus() >= 400
                || !MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        boolean secure = "https".equals(request.getUriInfo().getBaseUri().getScheme());
        // Lax, not Strict: the language should hold on a page reached from a bookmark or a link
        NewCookie cookie = new NewCookie.Builder(PageLanguage.COOKIE).value(asked).path("/")
                .sameSite(NewCookie.SameSite.LAX).secure(secure).maxAge(KEPT_SECONDS).build();
        response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
    }
}
