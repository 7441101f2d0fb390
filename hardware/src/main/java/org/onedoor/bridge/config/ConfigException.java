package org.onedoor.bridge.config;

/** A configuration mistake, told in one line that names the key (or the line) at fault. */
public final class ConfigException extends Exception {

    private final String key;

    public ConfigException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
