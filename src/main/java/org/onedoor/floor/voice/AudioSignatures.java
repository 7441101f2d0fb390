package org.onedoor.floor.voice;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The first bytes each audio format starts with. An upload that is not audio would replace a
 * working clip of the shipped pack, and the hall screens would fall silent on that word.
 */
final class AudioSignatures {

    private AudioSignatures() {
    }

    static boolean matches(String extension, byte[] audio) {
        return switch (extension) {
            case "ogg" -> startsWith(audio, 0, "OggS");
            case "mp3" -> startsWith(audio, 0, "ID3") || (audio.length > 1 && (audio[0] & 0xFF) == 0xFF && (audio[1] & 0xE0) == 0xE0);
            case "wav" -> startsWith(audio, 0, "RIFF") && startsWith(audio, 8, "WAVE");
            case "m4a" -> startsWith(audio, 4, "ftyp");
            case "webm" -> audio.length > 3 && Arrays.equals(Arrays.copyOf(audio, 4), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3});
            default -> false;
        };
    }

    private static boolean startsWith(byte[] audio, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        return audio.length >= offset + expected.length
                && Arrays.equals(audio, offset, offset + expected.length, expected, 0, expected.length);
    }
}
