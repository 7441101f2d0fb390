package org.onedoor.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The ticket codes a center has given out today, by field. A field's numbering (prefix or number
 * block) may change during the day only to one whose codes no other field has given today: its
 * next number would make a code already taken (codes are unique per center and day), the insert
 * would fail, and the rollback would give the number back, so that field could issue nothing more
 * until the next day. Swapping two fields' prefixes at noon did exactly that.
 */
record TodaysCodes(List<Issued> issued) {

    /** One code given today, and the field that gave it (not the one its ticket may have been sent to since). */
    record Issued(long fieldId, String code) {
    }

    private static final Pattern NUMERIC = Pattern.compile("[0-9]+");

    /** Whether the field, numbered as it is now, could make a code another field gave today. */
    boolean clashWith(Field field) {
        return issued.stream().anyMatch(i -> !Objects.equals(field.id, i.fieldId()) && couldMake(field, i.code()));
    }

    /** Whether any field gave a code of this prefix today: a new field given it would make one again. */
    boolean prefixUsed(String prefix) {
        Field field = new Field();
        field.prefix = prefix;
        return clashWith(field);
    }

    static boolean numberingChanged(Field before, Field after) {
        return !Objects.equals(before.prefix, after.prefix) || !Objects.equals(before.numberBlock, after.numberBlock);
    }

    private static boolean couldMake(Field field, String code) {
        if (field.prefix != null) {
            return code.length() > field.prefix.length() && code.startsWith(field.prefix)
                    && NUMERIC.matcher(code.substring(field.prefix.length())).matches();
        }
        return NUMERIC.matcher(code).matches() && code.length() <= 9 && Integer.parseInt(code) / 1000 == field.numberBlock;
    }
}
