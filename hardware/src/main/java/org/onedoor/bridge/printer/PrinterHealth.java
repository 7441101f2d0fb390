package org.onedoor.bridge.printer;

/**
 * What the bridge knows of one printer, as reported to the server.
 *
 * @param paper {@code OK}, {@code LOW}, {@code OUT}, or null when unknown
 * @param error why the printer is not usable, or null
 */
public record PrinterHealth(boolean online, String paper, String error) {

    public static PrinterHealth offline(String error) {
        return new PrinterHealth(false, null, error);
    }

    public static PrinterHealth paper(int statusByte) {
        return new PrinterHealth(true, paperOf(statusByte), null);
    }

    /**
     * The paper roll sensor bits of a DLE EOT 4 answer: 0x60 (bits 5 and 6) set means the roll is
     * out, 0x0c (bits 2 and 3) set that it is nearly out.
     */
    public static String paperOf(int statusByte) {
        if ((statusByte & 0x60) != 0) {
            return "OUT";
        }
        return (statusByte & 0x0c) != 0 ? "LOW" : "OK";
    }
}
