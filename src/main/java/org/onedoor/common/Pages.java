package org.onedoor.common;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.onedoor.security.Role;
import org.onedoor.security.StaffPage;

/** What every server-rendered staff page needs: its language, safe redirects, its landing. */
public final class Pages {

    private Pages() {
    }

    /**
     * The page in the language chosen ({@link PageLanguage}), with the address of the same page in
     * the other language for the header's switch ({@code tags/language.html}).
     */
    public static TemplateInstance localized(TemplateInstance page, PageLanguage language) {
        return page.setLocale(language.locale()).data("languageSwitch", language.switchAddress());
    }

    /** An address on this server as a link: its path, with one leading slash (never "//host"), and its query. */
    static String local(URI address) {
        String query = address.getRawQuery();
        return oneLeadingSlash(address.getRawPath()) + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** "//evil.example/x" would be another host to a browser: a path keeps one slash in front. */
    private static String oneLeadingSlash(String path) {
        return "/" + path.replaceFirst("^/+", "");
    }

    /** A "next" address only if it is a path on this server: never a way to send someone elsewhere. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return null;
        }
        try {
            return URI.create(next).getHost() == null ? next : null;
        } catch (IllegalArgumentException e) {
            return null; // not an address at all (a space, a control character)
        }
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * A form posted from another site is refused (the cookies are SameSite too; this is belt and
     * braces). So is an opaque origin ("null": a sandboxed frame, a data: page), which our own pages
     * never send: they are served with Referrer-Policy same-origin. A browser that sends no Origin
     * at all (an old one) is let through.
     */
    public static void requireSameOrigin(String origin, UriInfo uri) {
        if (origin == null) {
            return;
        }
        if ("null".equals(origin)) {
            throw Problem.forbidden(w -> w.signInFromOwnPage());
        }
        URI base = uri.getBaseUri();
        URI from;
        try {
            from = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw Problem.forbidden(w -> w.signInFromOwnPage());
        }
        if (from.getHost() == null || !base.getHost().equalsIgnoreCase(from.getHost()) || base.getPort() != from.getPort()) {
            throw Problem.forbidden(w -> w.signInFromOwnPage());
        }
    }

    /** Sends an anonymous visitor to sign in, and back here after: this very address, its ?center= too. */
    public static Response toLogin(UriInfo here) {
        // the language goes to the form (which keeps it), not into next: a switch made on the form
        // must not be undone by the page after it
        String page = withQuery(here, "lang", null);
        String lang = PageLanguage.known(here.getQueryParameters().getFirst("lang"));
        return Response.seeOther(URI.create("/login?next=" + encode(page) + (lang == null ? "" : "&lang=" + lang))).build();
    }

    /**
     * This request's address as a link, with one query parameter set to a value (null: removed).
     * A query the URI builder cannot rebuild leaves only the path and that parameter, rather than
     * failing the page (Vert.x already answers a bare "{" or "|" with 400; this is the last guard).
     */
    static String withQuery(UriInfo here, String name, String value) {
        try {
            return local(value == null ? here.getRequestUriBuilder().replaceQueryParam(name).build()
                    : here.getRequestUriBuilder().replaceQueryParam(name, value).build());
        } catch (IllegalArgumentException | jakarta.ws.rs.core.UriBuilderException e) {
            String path = oneLeadingSlash(here.getPath());
            return value == null ? path : path + "?" + name + "=" + encode(value);
        }
    }

    /** Where a user goes after signing in, by what they do. */
    public static String landing(SecurityIdentity identity) {
        if (identity.hasRole(Role.GUIDE) && !identity.hasRole(Role.OFFICER)) {
            return StaffPage.GUIDANCE_DESK.path();
        }
        // an administrator belongs to no center: the list of centers, where each page is a click away
        return identity.hasRole(Role.ADMIN) ? StaffPage.ADMINISTRATION.path() : StaffPage.COUNTER.path();
    }
}
