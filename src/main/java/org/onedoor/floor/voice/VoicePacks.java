package org.onedoor.floor.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.common.Problem;

/**
 * The installed voice packs: those shipped in the jar ({@code voice/<language>/} on the class path,
 * described by its {@code pack.json}) and those a center puts on disk under {@code onedoor.voice.dir}
 * ({@code <dir>/<language>/<word>.ogg}, optional {@code pack.json} with its name). A clip on disk
 * replaces the shipped clip of the same word, so a center can re-record a voice word by word.
 * The disk is read on each request: a pack dropped in a folder is there without a restart.
 */
@ApplicationScoped
public class VoicePacks {

    /** Languages shipped in the jar; add one here when its folder and pack.json are added. */
    static final List<String> SHIPPED = List.of("vi", "en");

    /**
     * A voice pack's name, and so a citizen's language on a ticket (the kiosk sends the pack it
     * speaks): a language tag like vi, hmn or zh-Hant, at most 30 characters (the column holds 35).
     */
    public static final String LANGUAGE_TAG = "[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}";

    private static final Pattern LANGUAGE = Pattern.compile(LANGUAGE_TAG);
    private static final Set<String> AUDIO = Set.of("ogg", "mp3", "wav", "m4a", "webm");
    /** A clip's file name: a word (letters, digits, _ . -) and an audio extension; nothing that walks. */
    private static final Pattern CLIP = Pattern.compile("[\\p{L}\\p{N}_.-]{1,64}\\.(ogg|mp3|wav|m4a|webm)");

    @ConfigProperty(name = "onedoor.voice.dir", defaultValue = "data/voice")
    Path diskDir;

    @Inject
    ObjectMapper json;

    public List<VoicePack> all() {
        Set<String> languages = new TreeSet<>(SHIPPED);
        if (Files.isDirectory(diskDir)) {
            try (Stream<Path> dirs = Files.list(diskDir)) {
                dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                        .filter(l -> LANGUAGE.matcher(l).matches()).forEach(languages::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<VoicePack> packs = new ArrayList<>();
        // Vietnamese first: it is what a language without a pack falls back to
        languages.stream().sorted((a, b) -> a.equals("vi") ? -1 : b.equals("vi") ? 1 : a.compareTo(b))
                .forEach(l -> find(l).ifPresent(packs::add));
        return packs;
    }

    public Optional<VoicePack> find(String language) {
        if (!LANGUAGE.matcher(language).matches()) {
            return Optional.empty();
        }
        Map<String, String> clips = new TreeMap<>();
        String name = null;
        String speech = null;
        JsonNode shipped = shippedDescription(language);
        if (shipped != null) {
            name = shipped.path("name").asText(null);
            speech = shipped.path("speech").asText(null);
            shipped.path("clips").forEach(file -> clips.put(word(file.asText()), file.asText()));
        }
        Path dir = diskDir.resolve(language);
        if (Files.isDirectory(dir)) {
            JsonNode own = readJson(dir.resolve("pack.json"));
            if (own != null) {
                name = own.path("name").asText(name);
                speech = own.path("speech").asText(speech);
            }
            for (String file : audioFiles(dir)) {
                clips.put(word(file), file);
            }
        }
        if (shipped == null && clips.isEmpty()) {
            return Optional.empty();
        }
        int missing = (int) Announcement.vocabulary().stream().filter(w -> !clips.containsKey(w)).count();
        return Optional.of(new VoicePack(language, name != null ? name : language, speech != null ? speech : language,
                clips, missing, name != null));
    }

    /** A clip's bytes: the center's recording if there is one, else the shipped one. */
    public Optional<byte[]> clip(String language, String file) {
        String name = Normalizer.normalize(file, Normalizer.Form.NFC);
        if (!isClipName(language, name)) {
            return Optional.empty();
        }
        try {
            Path onDisk = diskDir.resolve(language).resolve(name);
            if (Files.isRegularFile(onDisk)) {
                return Optional.of(Files.readAllBytes(onDisk));
            }
            try (InputStream in = classLoader().getResourceAsStream("voice/" + language + "/" + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final int MAX_CLIP_BYTES = 1_000_000;

    /** Keeps a recorded clip for a word (the file name says the word and the format). */
    public void store(String language, String file, byte[] audio) {
        String name = Normalizer.normalize(file, Normalizer.Form.NFC);
        if (!isClipName(language, name)) {
            throw Problem.badRequest(w -> w.clipName());
        }
        if (audio.length == 0 || audio.length > MAX_CLIP_BYTES) {
            throw Problem.badRequest(w -> w.clipSize());
        }
        if (!AudioSignatures.matches(extension(name), audio)) {
            throw Problem.badRequest(w -> w.notAudio(extension(name)));
        }
        try {
            Path dir = Files.createDirectories(diskDir.resolve(language));
            Path tmp = Files.createTempFile(dir, ".upload", ".tmp");
            Files.write(tmp, audio);
            // replace in one step: a screen reading the clip never gets half of it
            Files.move(tmp, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest name a language picker shows of a pack ("Tiếng Việt", "Hmoob", "Tày"). */
    static final int MAX_NAME = 40;

    /**
     * Names a pack in its own language (its pack.json on disk, kept beside its clips), which puts
     * it on the kiosks' language picker. Its speech tag and anything else in the file stay.
     */
    public void name(String language, String name) {
        if (!LANGUAGE.matcher(language).matches()) {
            throw Problem.badRequest(w -> w.voicePackLanguage());
        }
        String shown = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (shown.isEmpty() || shown.length() > MAX_NAME) {
            throw Problem.badRequest(w -> w.voicePackName(MAX_NAME));
        }
        VoicePack pack = find(language).orElseThrow(() -> Problem.notFound(w -> w.noVoicePack(language)));
        if (pack.missing() > 0) {
            // offered with words missing, it would call a citizen's number with silent gaps in it
            throw Problem.conflict(w -> w.voicePackIncomplete(language, pack.missing()));
        }
        try {
            Path dir = Files.createDirectories(diskDir.resolve(language));
            JsonNode own = readJson(dir.resolve("pack.json"));
            ObjectNode description = own instanceof ObjectNode o ? o : json.createObjectNode();
            description.put("name", shown);
            Path tmp = Files.createTempFile(dir, ".pack", ".tmp");
            json.writeValue(tmp.toFile(), description);
            Files.move(tmp, dir.resolve("pack.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isClipName(String language, String name) {
        return LANGUAGE.matcher(language).matches() && CLIP.matcher(name).matches() && !name.startsWith(".");
    }

    static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase();
    }

    private static String word(String file) {
        return Normalizer.normalize(file.substring(0, file.lastIndexOf('.')), Normalizer.Form.NFC);
    }

    private List<String> audioFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(f -> !f.startsWith(".") && AUDIO.contains(extension(f))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode shippedDescription(String language) {
        if (!SHIPPED.contains(language)) {
            return null;
        }
        try (InputStream in = classLoader().getResourceAsStream("voice/" + language + "/pack.json")) {
            return in == null ? null : json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            // a hand-written pack.json with a typo must not hide the clips beside it
            return null;
        }
    }

    private static ClassLoader classLoader() {
        return Thread.currentThread().getContextClassLoader();
    }
}
