package org.onedoor.floor.voice;

import java.util.Map;

/**
 * The clips of one language. Clips are named by the Vietnamese word they stand for ("mời",
 * "hai", the letter "a", "_chime"), whatever the language: a pack for Hmoob records, for each
 * such word, what the hall should say in Hmoob, so every pack plays the same announcement list.
 *
 * @param language the language's code (BCP 47: vi, en, hmn, tày = tyz…)
 * @param name     the language in its own words, as a language picker lists it (Tiếng Việt, Hmoob)
 * @param speech   the BCP 47 tag to ask the browser's speech synthesis for when a clip is missing
 * @param clips    word → file name under {@code /voice/<language>/}
 * @param missing  how many words a call can need that this pack has no clip for
 * @param offered  whether kiosks offer it to citizens: once it has a name (pack.json, or given on the
 *                 administration page). A pack being recorded word by word has none yet, and a
 *                 citizen who picked it would hear three words and a code's letters in silence
 */
public record VoicePack(String language, String name, String speech, Map<String, String> clips, int missing,
        boolean offered) {
}
