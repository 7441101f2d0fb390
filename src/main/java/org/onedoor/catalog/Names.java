package org.onedoor.catalog;

import java.util.Map;

/** Names per language, with Vietnamese as the fallback for a language without a translation. */
public final class Names {

    public static final String DEFAULT_LANGUAGE = "vi";

    private Names() {
    }

    public static String pick(Map<String, String> names, String language) {
        if (names == null || names.isEmpty()) {
            return "";
        }
        String name = language == null ? null : names.get(language);
        if (name == null) {
            name = names.get(DEFAULT_LANGUAGE);
        }
        return name != null ? name : names.values().iterator().next();
    }
}
