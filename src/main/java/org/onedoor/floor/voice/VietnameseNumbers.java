package org.onedoor.floor.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers as spoken in Vietnamese (Northern standard, as announcements use): 15 "mười lăm",
 * 21 "hai mươi mốt", 24 "hai mươi tư", 105 "một trăm linh năm", 1005 "một nghìn không trăm linh
 * năm". Each element is one word: one clip of a voice pack.
 */
public final class VietnameseNumbers {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    private VietnameseNumbers() {
    }

    /** The words for 0 to 9999 (ticket numbers, codes and counters stay below that). */
    public static List<String> words(int n) {
        if (n < 0 || n > 9999) {
            throw new IllegalArgumentException("Only 0 to 9999 are spoken, not " + n);
        }
        List<String> words = new ArrayList<>();
        if (n == 0) {
            words.add(DIGITS[0]);
            return words;
        }
        int thousands = n / 1000;
        int rest = n % 1000;
        if (thousands > 0) {
            words.add(DIGITS[thousands]);
            words.add("nghìn");
            if (rest > 0) {
                hundreds(rest, true, words);
            }
        } else {
            hundreds(rest, false, words);
        }
        return words;
    }

    /** @param full inside a larger number the hundreds are always said: "không trăm" */
    private static void hundreds(int n, boolean full, List<String> words) {
        int h = n / 100;
        int t = n % 100;
        boolean saidHundreds = h > 0 || full;
        if (saidHundreds) {
            words.add(DIGITS[h]);
            words.add("trăm");
        }
        if (t == 0) {
            return;
        }
        if (saidHundreds && t < 10) {
            words.add("linh");
            words.add(DIGITS[t]);
            return;
        }
        tens(t, words);
    }

    private static void tens(int t, List<String> words) {
        int tens = t / 10;
        int unit = t % 10;
        if (tens == 0) {
            words.add(DIGITS[unit]);
            return;
        }
        if (tens == 1) {
            words.add("mười");
            if (unit != 0) {
                words.add(unit == 5 ? "lăm" : DIGITS[unit]);
            }
            return;
        }
        words.add(DIGITS[tens]);
        words.add("mươi");
        switch (unit) {
            case 0 -> { }
            case 1 -> words.add("mốt");
            case 4 -> words.add("tư");
            case 5 -> words.add("lăm");
            default -> words.add(DIGITS[unit]);
        }
    }
}
