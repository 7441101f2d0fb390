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

    private static final Pattern ON_BUS = Pattern.compile("(?i)(modbus|vendor):(\\d+)");
    private static final Pattern TCP = Pattern.compile("(?i)tcp:(.+):(\\d+)");

    private DisplayAddress() {
    }

    /**
     * The address as kept, null for none; a 400 for one out of range. One board has one spelling,
     * so that two counters cannot share it unnoticed: "MODBUS:007 " is modbus:7. A TCP host keeps
     * its letters as typed, for the bridge names it as its configuration does.
     */
    static String normalized(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String address = typed.strip();
        Matcher bus = ON_BUS.matcher(address);
        if (bus.matches()) {
            String protocol = bus.group(1).toLowerCase(Locale.ROOT);
            int number = Integer.parseInt(bus.group(2));
            if (protocol.equals("modbus") && (number < 1 || number > 247)) {
                throw Problem.badRequest(w -> w.displayAddressRange(address));
            }
            return protocol + ":" + number;
        }
        Matcher tcp = TCP.matcher(address);
        if (tcp.matches()) {
            int port = Integer.parseInt(tcp.group(2));
            if (port < 1 || port > 65535) {
                throw Problem.badRequest(w -> w.displayAddressRange(address));
            }
            return "tcp:" + tcp.group(1) + ":" + port;
        }
        return address; // the settings' pattern let nothing else through
    }
}
