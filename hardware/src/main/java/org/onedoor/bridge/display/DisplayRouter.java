package org.onedoor.bridge.display;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the bus and address for a display name from the server: {@code modbus:3} is address 3 on
 * the bus named {@code modbus}; {@code tcp:10.0.0.7:4001} is a display alone on its own TCP
 * address (its worker knows its one address).
 */
public final class DisplayRouter {

    /** Where one display is reached. */
    public record Target(DisplayWorker worker, int address) {
    }

    private final Map<String, DisplayWorker> buses = new LinkedHashMap<>();
    private final Map<String, Target> lone = new LinkedHashMap<>();

    public void addBus(DisplayWorker worker) {
        buses.put(worker.name(), worker);
    }

    public void addLone(DisplayWorker worker, int address) {
        lone.put(worker.name(), new Target(worker, address));
    }

    /** The names the bridge announces in its Hello: bus names, then lone displays. */
    public List<String> names() {
        List<String> names = new ArrayList<>(buses.keySet());
        names.addAll(lone.keySet());
        return names;
    }

    public Collection<DisplayWorker> workers() {
        List<DisplayWorker> all = new ArrayList<>(buses.values());
        lone.values().forEach(t -> all.add(t.worker()));
        return all;
    }

    /**
     * @throws IllegalArgumentException with the reason to send back when there is no such display
     */
    public Target route(String display) {
        Target alone = lone.get(display);
        if (alone != null) {
            return alone;
        }
        int colon = display.lastIndexOf(':');
        DisplayWorker bus = colon > 0 ? buses.get(display.substring(0, colon)) : null;
        if (bus == null) {
            throw new IllegalArgumentException("no display " + display);
        }
        int address;
        try {
            address = Integer.parseInt(display.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("no display " + display + " (the address must be a number)");
        }
        DisplayBus line = bus.bus();
        if (address < line.minAddress() || address > line.maxAddress()) {
            throw new IllegalArgumentException("no display " + display + " (addresses on " + bus.name() + " are "
                    + line.minAddress() + ".." + line.maxAddress() + ")");
        }
        return new Target(bus, address);
    }
}
