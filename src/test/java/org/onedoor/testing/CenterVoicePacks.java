package org.onedoor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * The voice packs a center puts on disk (onedoor.voice.dir in the test profile), recorded here with
 * the shipped Vietnamese clips: a test needs clips that play, not a real Tày voice.
 */
public final class CenterVoicePacks {

    /** onedoor.voice.dir in the test profile. */
    public static final Path DIR = Path.of("target/test-voice");

    private CenterVoicePacks() {
    }

    /** The words a center has recorded so far in its pack {@code language}, named {@code name} in it. */
    public static void record(String language, String name, Collection<String> words) throws IOException {
        Path pack = Files.createDirectories(DIR.resolve(language));
        Files.writeString(pack.resolve("pack.json"), "{\"name\": \"" + name + "\", \"speech\": \"" + language + "\"}");
        recordUnnamed(language, words);
    }

    /** Words recorded in a pack no one has named yet (no pack.json): being recorded, not offered. */
    public static void recordUnnamed(String language, Collection<String> words) throws IOException {
        Path pack = Files.createDirectories(DIR.resolve(language));
        for (String word : words) {
            try (InputStream clip = CenterVoicePacks.class.getClassLoader().getResourceAsStream("voice/vi/" + word + ".ogg")) {
                Files.copy(clip, pack.resolve(word + ".ogg"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Every center pack gone: the next test starts with the shipped ones only. */
    public static void deleteAll() throws IOException {
        FileTrees.delete(DIR);
    }
}
