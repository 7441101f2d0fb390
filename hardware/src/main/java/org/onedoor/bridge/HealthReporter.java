package org.onedoor.bridge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.onedoor.bridge.display.DisplayWorker;
import org.onedoor.bridge.link.Frames;
import org.onedoor.bridge.printer.PrinterHealth;
import org.onedoor.bridge.printer.PrinterWorker;

/**
 * Builds the Health frame from every printer's and display bus's last known state and sends it:
 * every health interval, and at once when a state changes. Nothing is sent until every device has
 * been checked once, so the server never hears "offline" for a printer merely not asked yet.
 */
final class HealthReporter {

    private final List<PrinterWorker> printers;
    private final Collection<DisplayWorker> displays;
    private final Predicate<String> send;
    private String lastSent;

    /**
     * @param send sends a frame on the socket; false when there is no connection
     */
    HealthReporter(List<PrinterWorker> printers, Collection<DisplayWorker> displays, Predicate<String> send) {
        this.printers = printers;
        this.displays = displays;
        this.send = send;
    }

    /** Sends the current report (when every device has been checked and there is a connection). */
    synchronized void report() {
        String frame = frame();
        if (frame != null && send.test(frame)) {
            lastSent = frame;
        }
    }

    /** Sends the report only if it differs from the last one sent. */
    synchronized void reportIfChanged() {
        String frame = frame();
        if (frame != null && !frame.equals(lastSent) && send.test(frame)) {
            lastSent = frame;
        }
    }

    String frame() {
        List<Frames.PrinterLine> printerLines = new ArrayList<>();
        for (PrinterWorker printer : printers) {
            PrinterHealth health = printer.health();
            if (health == null) {
                return null;
            }
            printerLines.add(new Frames.PrinterLine(printer.name(), health.online(), health.paper(), health.error()));
        }
        List<Frames.DisplayLine> displayLines = new ArrayList<>();
        for (DisplayWorker display : displays) {
            DisplayWorker.Health health = display.health();
            if (health == null) {
                return null;
            }
            displayLines.add(new Frames.DisplayLine(display.name(), health.online(), health.error()));
        }
        return Frames.health(printerLines, displayLines);
    }
}
