package org.onedoor.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text, in hex: how secrets are remembered without being kept. */
public final class Sha256 {

    /**
     * Cloned for each digest: looking the algorithm up walks the security providers, and every
     * request with a device token or a password (the authentication cache's key) hashes it.
     */
    private static final MessageDigest PROTOTYPE = lookUp();

    private Sha256() {
    }

    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] digest(byte[] input) {
        return fresh().digest(input);
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
