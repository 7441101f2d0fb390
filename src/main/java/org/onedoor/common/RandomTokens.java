package org.onedoor.common;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens, URL-safe so they fit in a link or a query parameter. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    public static String urlSafe(int randomBytes) {
        byte[] bytes = new byte[randomBytes];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
