package org.onedoor.device;

import java.security.SecureRandom;
import java.util.Base64;
import org.onedoor.common.Sha256;

/** Device tokens: 256 random bits shown once at pairing; the server keeps their SHA-256. */
public final class DeviceTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
