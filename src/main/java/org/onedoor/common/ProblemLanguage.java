package org.onedoor.common;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language of a problem's words: Vietnamese when the client puts Vietnamese first in its
 * Accept-Language (the staff pages and the guidance desk send their page's language), English for
 * everyone else: scripts and other systems read the API's documented English.
 */
public final class ProblemLanguage {

    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    private ProblemLanguage() {
    }

    /** The problem words in {@code language} ("vi" or "en"). */
    public static ProblemWords words(String language) {
        return MessageBundles.get(ProblemWords.class, Localized.Literal.of(language));
    }

    /**
     * The same from the raw header, for an answer given before JAX-RS (a Vert.x route): the first
     * language named, which is what the staff pages and the guidance desk send (their page's own).
     */
    public static String ofHeader(String acceptLanguage) {
        if (acceptLanguage == null) {
            return ENGLISH;
        }
        String first = acceptLanguage.split(",", 2)[0].split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return first.equals(VIETNAMESE) || first.startsWith(VIETNAMESE + "-") ? VIETNAMESE : ENGLISH;
    }

    public static String of(HttpHeaders headers) {
        try {
            var languages = headers == null ? null : headers.getAcceptableLanguages();
            if (languages != null && !languages.isEmpty() && VIETNAMESE.equals(languages.get(0).getLanguage())) {
                return VIETNAMESE;
            }
        } catch (RuntimeException malformed) {
            // an Accept-Language that cannot be read gets English, not a second error
        }
        return ENGLISH;
    }
}
