package org.onedoor.common;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/**
 * The language a staff page is shown in: the one its address asks for (?lang=vi or ?lang=en), else
 * the one this browser chose last ({@link #COOKIE}, set by {@link PageLanguageCookie}), else
 * Vietnamese. A choice made on the sign-in page thus carries on to every page after it.
 */
public class PageLanguage {

    /** The staff pages' language, kept by the browser between pages and visits. */
    public static final String COOKIE = "onedoor-lang";

    @QueryParam("lang")
    String asked;

    @CookieParam(COOKIE)
    String kept;

    @Context
    UriInfo uri;

    /** {@code vi} or {@code en}, the only languages staff pages are written in. */
    public String code() {
        String chosen = known(asked) != null ? asked : known(kept);
        return chosen == null ? "vi" : chosen;
    }

    public boolean english() {
        return "en".equals(code());
    }

    public Locale locale() {
        return english() ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    /** This same page in the other language: its path and query, with ?lang= switched. */
    public String switchAddress() {
        return Pages.withQuery(uri, "lang", english() ? "vi" : "en");
    }

    /** The language a ?lang= or cookie value names, or null for anything else. */
    static String known(String value) {
        return "vi".equals(value) || "en".equals(value) ? value : null;
    }
}
