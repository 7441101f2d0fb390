package org.onedoor.device.bridge;

import io.quarkus.websockets.next.WebSocketConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bridge's current connection: its center, what it said it has in its Hello, and the print
 * jobs sent on this connection (a job goes at most once per connection).
 */
final class BridgeLink {

    final long bridge;
    final String center;
    final WebSocketConnection connection;
    /** How the bridge reached the server: tracking links on its paper point there. */
    final String serverUrl;
    /** Print jobs sent on this connection and not yet answered. */
    final Set<String> sentJobs = ConcurrentHashMap.newKeySet();

    /** Display jobs sent and not yet acknowledged: their acks are not print acks. */
    final Set<String> displayJobs = ConcurrentHashMap.newKeySet();

    /**
     * What this connection last told each display address to show ("" for blank): after a layout
     * change only boards whose state differs are written, and a board no counter has is blanked.
     */
    final Map<String, String> toldDisplays = new ConcurrentHashMap<>();

    /** System.nanoTime() of the last frame or pong from the bridge: one silent too long is gone (see BridgeSweep). */
    private volatile long lastHeard = System.nanoTime();
    private volatile Hello hello;
    private String lastHealth;
    private Instant lastHealthWritten = Instant.MIN;

    /**
     * What the bridge announced: its printers by name, and the displays it reaches (a protocol name
     * for a whole bus, {@code tcp:host:port} for one display).
     */
    record Hello(List<String> printers, List<String> displays) {
    }

    BridgeLink(long bridge, String center, WebSocketConnection connection, String serverUrl) {
        this.bridge = bridge;
        this.center = center;
        this.connection = connection;
        this.serverUrl = serverUrl;
    }

    void hello(Hello hello) {
        this.hello = hello;
    }

    /** Until its Hello the bridge gets nothing: the server does not know what it can do. */
    boolean ready() {
        return hello != null && connection.isOpen();
    }

    /**
     * Whether this bridge drives the display at {@code address}: {@code modbus:3} is on the
     * bridge's {@code modbus} bus, {@code tcp:10.0.0.7:4001} is a display it named as such.
     */
    boolean drives(String address) {
        Hello h = hello;
        if (h == null || address == null) {
            return false;
        }
        if (address.startsWith("tcp:")) {
            return h.displays().contains(address);
        }
        int colon = address.indexOf(':');
        return colon > 0 && h.displays().contains(address.substring(0, colon));
    }

    void heard() {
        lastHeard = System.nanoTime();
    }

    long lastHeard() {
        return lastHeard;
    }

    boolean drivesDisplays() {
        Hello h = hello;
        return h != null && !h.displays().isEmpty();
    }

    boolean hasPrinters() {
        Hello h = hello;
        return h != null && !h.printers().isEmpty();
    }

    /** Whether a health report should be written: it says something new, or the last was written {@code every} ago. */
    synchronized boolean healthNews(String report, Instant now, Duration every) {
        if (report.equals(lastHealth) && now.isBefore(lastHealthWritten.plus(every))) {
            return false;
        }
        lastHealth = report;
        lastHealthWritten = now;
        return true;
    }

    /** The printer tickets go to: the one the bridge calls {@code ticket}, else its first. */
    String ticketPrinter() {
        Hello h = hello;
        if (h == null || h.printers().isEmpty() || h.printers().contains(BridgeJob.DEFAULT_PRINTER)) {
            return BridgeJob.DEFAULT_PRINTER;
        }
        return h.printers().get(0);
    }
}
