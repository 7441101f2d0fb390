package org.onedoor.bridge.display;

/**
 * The number a numeric LED board shows for a ticket: the digits of its text read as one number,
 * keeping the last {@code digits} of them ({@code "1023"} is 1023, {@code "A023"} is 23). Numeric
 * boards cannot show letters, so centers that use them give their fields blocks of 4-digit numbers.
 */
public final class LedNumber {

    private LedNumber() {
    }

    /**
     * @throws IllegalArgumentException when the text has no digit at all
     */
    public static int of(String text, int digits) {
        StringBuilder all = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                all.append(c);
            }
        }
        if (all.length() == 0) {
            throw new IllegalArgumentException("a numeric board cannot show '" + text + "' (no digits)");
        }
        String kept = all.substring(Math.max(0, all.length() - digits));
        return Integer.parseInt(kept);
    }
}
