package org.onedoor.bridge.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onedoor.bridge.transport.Endpoint;

/** Typed reads of the configuration's keys; remembers which were read so the rest can be reported. */
final class Keys {

    private final Map<String, String> values;
    private final Set<String> used = new HashSet<>();

    Keys(Map<String, String> values) {
        this.values = values;
    }

    String required(String key) throws ConfigException {
        used.add(key);
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(key, "missing (required)");
        }
        return value.trim();
    }

    String optional(String key, String fallback) {
        used.add(key);
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    int integer(String key, int fallback, int min, int max) throws ConfigException {
        String text = optional(key, null);
        if (text == null) {
            return fallback;
        }
        int value;
        try {
            value = text.toLowerCase(Locale.ROOT).startsWith("0x") ? Integer.parseInt(text.substring(2), 16) : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "must be a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new ConfigException(key, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    boolean bool(String key, boolean fallback) throws ConfigException {
        String text = optional(key, null);
        if (text == null) {
            return fallback;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(key, "must be true or false, got '" + text + "'");
        };
    }

    /** One of {@code choices} (lower case), case-insensitively. */
    String choice(String key, String fallback, String... choices) throws ConfigException {
        String text = optional(key, fallback).toLowerCase(Locale.ROOT);
        for (String choice : choices) {
            if (choice.equals(text)) {
                return choice;
            }
        }
        throw new ConfigException(key, "must be one of " + String.join(", ", choices) + ", got '" + text + "'");
    }

    Endpoint endpoint(String key) throws ConfigException {
        try {
            return Endpoint.parse(required(key), BridgeConfig.DEFAULT_BAUD);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, e.getMessage());
        }
    }

    /** Keys set but never read: typing mistakes, most likely. */
    List<String> unknown() {
        List<String> warnings = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!used.contains(key)) {
                warnings.add("unknown key '" + key + "' ignored");
            }
        }
        return warnings;
    }
}
