package org.onedoor.counter;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onedoor.common.Problem;

/**
 * A counter's LED display address as the bridge reads it. The settings' pattern checks its shape;
 * this checks what the shape cannot say: a Modbus board answers at 1-247 (0 is a broadcast, which
 * every board on the bus would show), and a TCP port is 1-65535. A vendor bus's range depends on
 * the bridge's frame (vendor.address), so the bridge checks it.
 */
final class DisplayAddress {

    private static final Pattern MODBUS = Pattern.compile("modbus:(\\d+)");
    private static final Pattern TCP = Pattern.compile("tcp:.+:(\\d+)");

    private DisplayAddress() {
    }

    /** The address as kept ("MODBUS:3 " is modbus:3), null for none; a 400 for one out of range. */
    static String normalized(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String address = typed.strip().toLowerCase(Locale.ROOT);
        if (outOfRange(MODBUS.matcher(address), 1, 247) || outOfRange(TCP.matcher(address), 1, 65535)) {
            throw Problem.badRequest(w -> w.displayAddressRange(address));
        }
        return address;
    }

    private static boolean outOfRange(Matcher m, int min, int max) {
        return m.matches() && (Integer.parseInt(m.group(1)) < min || Integer.parseInt(m.group(1)) > max);
    }
}
