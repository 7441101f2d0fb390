package org.onedoor.device;

import org.onedoor.common.RandomTokens;
import org.onedoor.common.Sha256;

/** Device tokens: 256 random bits shown once at pairing; the server keeps their SHA-256. */
public final class DeviceTokens {

    private DeviceTokens() {
    }

    public static String newToken() {
        return RandomTokens.urlSafe(32);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
