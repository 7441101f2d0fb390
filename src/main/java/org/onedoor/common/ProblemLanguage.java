package org.onedoor.common;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language of a problem's words: the staff pages' language when the browser keeps one, else
 * Vietnamese when the client puts Vietnamese first in its Accept-Language (the staff pages and the
 * guidance desk send their page's language), English for everyone else: scripts and other systems
 * read the API's documented English.
 */
public final class ProblemLanguage {

    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    private ProblemLanguage() {
    }

    /** The problem words in {@code language} ("vi" or "en"). */
    public static ProblemWords words(String language) {
        return words(ProblemWords.class, language);
    }

    /** A feature's own problem words ({@code bundle}) in {@code language}. */
    public static <B> B words(Class<B> bundle, String language) {
        return MessageBundles.get(bundle, Localized.Literal.of(language));
    }

    /**
     * A request from our pages' own scripts (they send X-CSRF-Token) asks in its page's language
     * (Accept-Language): another tab switched to English must not change this page's words. An
     * address opened by the browser itself answers in the staff pages' language the browser keeps
     * ({@link PageLanguage#COOKIE}), whatever the browser's own languages; else Accept-Language
     * (see {@link #ofHeader}).
     */
    public static String of(HttpHeaders headers) {
        if (headers == null) {
            return ENGLISH;
        }
        String header = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (headers.getHeaderString("X-CSRF-Token") != null) {
            return ofHeader(header);
        }
        jakarta.ws.rs.core.Cookie kept = headers.getCookies().get(PageLanguage.COOKIE);
        String chosen = kept == null ? null : PageLanguage.known(kept.getValue());
        return chosen != null ? chosen : ofHeader(header);
    }

    /**
     * Vietnamese when the language the header prefers (the highest q, the first of equals) is
     * Vietnamese; English otherwise, and for a header that cannot be read. One reading for the
     * answers of JAX-RS and for those given before it, from a Vert.x route (the deadline's, a busy
     * server's).
     */
    public static String ofHeader(String acceptLanguage) {
        if (acceptLanguage == null) {
            return ENGLISH;
        }
        String preferred = null;
        double best = 0;
        for (String entry : acceptLanguage.split(",")) {
            String[] parts = entry.split(";");
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException unreadable) {
                        quality = 0;
                    }
                }
            }
            if (!tag.isEmpty() && quality > best) {
                preferred = tag;
                best = quality;
            }
        }
        return preferred != null && (preferred.equals(VIETNAMESE) || preferred.startsWith(VIETNAMESE + "-"))
                ? VIETNAMESE : ENGLISH;
    }
}
