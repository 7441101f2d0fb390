package org.onedoor.floor.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the hall says for a call: "Xin mời công dân có số A hai mươi ba đến quầy số ba", as the
 * ordered list of clips a screen plays — a chime first, then one clip per word. A letter prefix
 * is spoken as its letter (clip named by the lower-case letter).
 */
public final class Announcement {

    /** The clip played before every call, so the hall looks up before the words start. */
    public static final String CHIME = "_chime";

    private static final List<String> INVITE = List.of("xin", "mời", "công", "dân", "có", "số");
    private static final List<String> TO_COUNTER = List.of("đến", "quầy", "số");

    private Announcement() {
    }

    public static List<String> forCall(String ticketCode, int counter) {
        List<String> clips = new ArrayList<>();
        clips.add(CHIME);
        clips.addAll(INVITE);
        clips.addAll(code(ticketCode));
        clips.addAll(TO_COUNTER);
        clips.addAll(VietnameseNumbers.words(counter));
        return clips;
    }

    /** What a kiosk says after giving a ticket: "số A hai mươi ba", in the words the hall will call it with. */
    public static List<String> forNumber(String ticketCode) {
        List<String> clips = new ArrayList<>();
        clips.add("số");
        clips.addAll(code(ticketCode));
        return clips;
    }

    /**
     * Every clip a call can need: the chime, the phrase, every letter a prefix can have, and every
     * word of the numbers 0 to 9999. A voice pack is complete when it has all of them.
     */
    public static Set<String> vocabulary() {
        Set<String> words = new TreeSet<>();
        words.add(CHIME);
        words.addAll(INVITE);
        words.addAll(TO_COUNTER);
        for (char c = 'a'; c <= 'z'; c++) {
            words.add(String.valueOf(c));
        }
        for (int n = 0; n <= 9999; n++) {
            words.addAll(VietnameseNumbers.words(n));
        }
        return words;
    }

    /** A code's words: its letters one by one, then its number (A023 → a, hai mươi ba). */
    static List<String> code(String ticketCode) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < ticketCode.length() && Character.isLetter(ticketCode.charAt(i))) {
            words.add(String.valueOf(ticketCode.charAt(i)).toLowerCase(Locale.ROOT));
            i++;
        }
        words.addAll(VietnameseNumbers.words(Integer.parseInt(ticketCode.substring(i))));
        return words;
    }
}
