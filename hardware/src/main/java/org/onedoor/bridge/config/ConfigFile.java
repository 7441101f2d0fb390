package org.onedoor.bridge.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bridge's properties file: UTF-8, one {@code key = value} a line, split at the first
 * {@code =}; {@code #} starts a comment at the start of a line or after a space. It is read by hand
 * rather than with {@link java.util.Properties} because keys hold colons
 * ({@code display.tcp:10.0.0.7:4001 = modbus}), which that format takes for the end of the key, and
 * because an end-of-line comment is a natural thing to write after a value.
 */
public final class ConfigFile {

    private ConfigFile() {
    }

    public static Map<String, String> read(Path file) throws IOException, ConfigException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** The keys and values in file order. */
    public static Map<String, String> parse(List<String> lines) throws ConfigException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i).replace("\uFEFF", "")).trim();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new ConfigException("line " + (i + 1), "expected 'key = value', got '" + line + "'");
            }
            // "\:" is what java.util.Properties would need: accept it for those used to that format
            String key = line.substring(0, equals).trim().replace("\\:", ":");
            String value = line.substring(equals + 1).trim();
            if (key.isEmpty()) {
                throw new ConfigException("line " + (i + 1), "a value without a key");
            }
            Integer earlier = lineOf.put(key, i + 1);
            if (earlier != null) {
                throw new ConfigException(key, "set twice (lines " + earlier + " and " + (i + 1) + ")");
            }
            values.put(key, value);
        }
        return values;
    }

    private static String stripComment(String line) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return "";
        }
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
