package org.onedoor.bridge.display;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The simple frame many Chinese LED counter boards take, set up by configuration:
 * {@code [start][address][payload][checksum][end]}. The address is one byte or a fixed number of
 * ASCII digits; the payload is the text in ASCII, padded to {@code digits} characters (right-aligned
 * by default, the last characters kept if it is longer); the checksum (xor or 8-bit sum, over the
 * address and payload bytes) is one byte or two ASCII hex digits, or absent. A clear sends a
 * payload of spaces.
 *
 * @param start          bytes that open a frame (may be empty)
 * @param end            bytes that close a frame (may be empty)
 * @param addressDigits  0 for a one-byte address, else the number of ASCII digits
 * @param digits         payload width in characters
 * @param rightAlign     pad on the left (numbers line up on the right) or on the right
 * @param pad            the padding character (space or '0')
 * @param checksum       how the check byte is made
 * @param hexChecksum    the check byte sent as two upper-case ASCII hex digits instead of one byte
 */
public record VendorFormat(byte[] start, byte[] end, int addressDigits, int digits, boolean rightAlign, char pad,
                           Checksum checksum, boolean hexChecksum) {

    public enum Checksum { XOR, SUM8, NONE }

    public static final VendorFormat DEFAULT = new VendorFormat(new byte[] {0x02}, new byte[] {0x03}, 0, 4, true, ' ',
            Checksum.XOR, false);

    /** The frame that shows {@code text} on the board at {@code address}. */
    public byte[] frame(int address, String text) {
        byte[] addressBytes = addressBytes(address);
        byte[] payload = payload(text).getBytes(StandardCharsets.US_ASCII);
        byte[] checked = concat(addressBytes, payload);
        byte[] check = checkBytes(checked);
        return concat(start, checked, check, end);
    }

    /** The frame that blanks the board at {@code address}. */
    public byte[] clearFrame(int address) {
        return frame(address, " ".repeat(digits));
    }

    /** How long every frame is: they are all the same length, so a reader never has to guess. */
    public int frameLength() {
        return start.length + addressLength() + digits + checkLength() + end.length;
    }

    public int maxAddress() {
        return addressDigits == 0 ? 255 : (int) Math.min(Integer.MAX_VALUE, Math.pow(10, addressDigits) - 1);
    }

    /** A frame read back (by the virtual display): its address and text, or null if it is not valid. */
    public Decoded decode(byte[] frame) {
        if (frame.length != frameLength() || !startsWith(frame, start, 0) || !startsWith(frame, end, frame.length - end.length)) {
            return null;
        }
        int at = start.length;
        byte[] checked = Arrays.copyOfRange(frame, at, at + addressLength() + digits);
        byte[] check = Arrays.copyOfRange(frame, at + checked.length, at + checked.length + checkLength());
        if (!Arrays.equals(check, checkBytes(checked))) {
            return null;
        }
        int address;
        if (addressDigits == 0) {
            address = checked[0] & 0xff;
        } else {
            try {
                address = Integer.parseInt(new String(checked, 0, addressDigits, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Decoded(address, new String(checked, addressLength(), digits, StandardCharsets.US_ASCII));
    }

    public record Decoded(int address, String text) {
    }

    String payload(String text) {
        StringBuilder ascii = new StringBuilder();
        for (char c : text.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f ? c : '?'); // the boards know ASCII only
        }
        String kept = ascii.length() > digits ? ascii.substring(ascii.length() - digits) : ascii.toString();
        String padding = String.valueOf(pad).repeat(digits - kept.length());
        return rightAlign ? padding + kept : kept + padding;
    }

    private byte[] addressBytes(int address) {
        if (address < 0 || address > maxAddress()) {
            throw new IllegalArgumentException("address " + address + " does not fit the vendor frame (0.." + maxAddress() + ")");
        }
        if (addressDigits == 0) {
            return new byte[] {(byte) address};
        }
        return String.format("%0" + addressDigits + "d", address).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] checkBytes(byte[] checked) {
        if (checksum == Checksum.NONE) {
            return new byte[0];
        }
        int value = 0;
        for (byte b : checked) {
            value = checksum == Checksum.XOR ? value ^ (b & 0xff) : (value + (b & 0xff)) & 0xff;
        }
        return hexChecksum ? HexFormat.of().withUpperCase().toHexDigits((byte) value).getBytes(StandardCharsets.US_ASCII)
                : new byte[] {(byte) value};
    }

    private int addressLength() {
        return addressDigits == 0 ? 1 : addressDigits;
    }

    private int checkLength() {
        return checksum == Checksum.NONE ? 0 : hexChecksum ? 2 : 1;
    }

    private static boolean startsWith(byte[] frame, byte[] part, int at) {
        return at >= 0 && Arrays.equals(frame, at, at + part.length, part, 0, part.length);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VendorFormat f && Arrays.equals(start, f.start) && Arrays.equals(end, f.end)
                && addressDigits == f.addressDigits && digits == f.digits && rightAlign == f.rightAlign && pad == f.pad
                && checksum == f.checksum && hexChecksum == f.hexChecksum;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(start) * 31 + Arrays.hashCode(end) * 17 + digits;
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.ofDelimiter(" ");
        return "VendorFormat[start=" + hex.formatHex(start) + ", end=" + hex.formatHex(end) + ", addressDigits=" + addressDigits
                + ", digits=" + digits + ", " + (rightAlign ? "right" : "left") + ", pad='" + pad + "', checksum=" + checksum
                + (hexChecksum ? " hex" : "") + "]";
    }
}
