package org.onedoor.security;

import java.util.regex.Pattern;

/**
 * A center named in a staff page's address (?center=) that is not the one the page shows: a
 * manager or officer sees their own center whatever a shared link names, and the page tells them
 * so rather than showing it silently.
 *
 * @param code what was named, or null when it is no center's code: anything else a link says is
 *             not echoed, or a link's own words would read as the server's on the page
 */
public record OtherCenter(String code) {

    /** A center's code as CenterSettings accepts it, in any case (the pages take either). */
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,32}", Pattern.CASE_INSENSITIVE);

    /** The center asked for when it is not the one {@code shown}; null when none was asked, or that one. */
    public static OtherCenter of(String asked, String shown) {
        if (asked == null || asked.isBlank() || asked.equalsIgnoreCase(shown)) {
            return null;
        }
        return new OtherCenter(CODE.matcher(asked).matches() ? asked : null);
    }
}
