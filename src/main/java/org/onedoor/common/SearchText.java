package org.onedoor.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese text for search: lower case, tone marks and diacritics removed, đ → d.
 * Citizens and officers often type without diacritics ("dang ky khai sinh").
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
