package org.onedoor.bridge.config;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.onedoor.bridge.display.VendorFormat;

/** The {@code vendor.*} keys: the frame of simple LED boards, as their maker's sheet describes it. */
public final class VendorFormats {

    private VendorFormats() {
    }

    /** The vendor frame the {@code vendor.*} keys of a configuration describe (defaults for the rest). */
    public static VendorFormat from(java.util.Map<String, String> config) throws ConfigException {
        return read(new Keys(config));
    }

    static VendorFormat read(Keys keys) throws ConfigException {
        VendorFormat d = VendorFormat.DEFAULT;
        byte[] start = bytes(keys, "vendor.start", d.start());
        byte[] end = bytes(keys, "vendor.end", d.end());
        String address = keys.choice("vendor.address", "byte", "byte", "ascii");
        int addressDigits = address.equals("byte") ? 0 : keys.integer("vendor.address-digits", 2, 1, 6);
        int digits = keys.integer("vendor.digits", d.digits(), 1, 32);
        boolean right = keys.choice("vendor.align", "right", "right", "left").equals("right");
        char pad = keys.choice("vendor.pad", "space", "space", "zero").equals("space") ? ' ' : '0';
        VendorFormat.Checksum checksum = VendorFormat.Checksum.valueOf(
                keys.choice("vendor.checksum", "xor", "xor", "sum8", "none").toUpperCase(Locale.ROOT));
        boolean hex = keys.choice("vendor.checksum-format", "byte", "byte", "hex").equals("hex");
        return new VendorFormat(start, end, addressDigits, digits, right, pad, checksum, hex);
    }

    /** Bytes written as {@code 0x02}, {@code 2} or {@code 0x10 0x02}; {@code none} for no bytes. */
    private static byte[] bytes(Keys keys, String key, byte[] fallback) throws ConfigException {
        String text = keys.optional(key, null);
        if (text == null) {
            return fallback;
        }
        if (text.equalsIgnoreCase("none")) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : text.split("[\\s,]+")) {
            try {
                int value = part.toLowerCase(Locale.ROOT).startsWith("0x") ? Integer.parseInt(part.substring(2), 16)
                        : Integer.parseInt(part);
                if (value < 0 || value > 255) {
                    throw new NumberFormatException();
                }
                out.write(value);
            } catch (NumberFormatException e) {
                throw new ConfigException(key, "expected bytes like 0x02 or '0x10 0x02', got '" + text + "'");
            }
        }
        return out.toByteArray();
    }
}
