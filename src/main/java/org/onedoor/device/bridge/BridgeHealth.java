package org.onedoor.device.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.device.PrinterState;

/**
 * A bridge's health report, read defensively: only the fields we know, names and errors cut to a
 * sane length, at most {@link #MAX_PARTS} printers and displays. What the bridge sent is stored as
 * this, never as the raw frame, so a faulty bridge cannot fill the device table.
 */
public record BridgeHealth(List<Printer> printers, List<Display> displays) {

    static final int MAX_PARTS = 16;

    /** @param paper OK, LOW, OUT, or null when the printer cannot tell */
    public record Printer(String name, boolean online, String paper, String error) {
    }

    public record Display(String name, boolean online, String error) {
    }

    /**
     * The report in a Health frame, or null when the frame is not one a bridge sends (printers
     * missing or not a list, a printer without a name or a yes/no "online"): a broken or forged
     * frame must not turn a working printer into an "out of order" on every kiosk.
     */
    static BridgeHealth read(JsonNode frame) {
        if (!frame.path("printers").isArray() || frame.has("displays") && !frame.path("displays").isArray()) {
            return null;
        }
        for (JsonNode p : frame.path("printers")) {
            if (!p.isObject() || !p.path("name").isTextual() || !p.path("online").isBoolean()) {
                return null;
            }
        }
        List<Printer> printers = new ArrayList<>();
        for (JsonNode p : parts(frame.path("printers"))) {
            String paper = p.path("paper").asText("");
            printers.add(new Printer(text(p.path("name"), 40), p.path("online").asBoolean(false),
                    paper.equals("OK") || paper.equals("LOW") || paper.equals("OUT") ? paper : null,
                    text(p.path("error"), 200)));
        }
        List<Display> displays = new ArrayList<>();
        for (JsonNode d : parts(frame.path("displays"))) {
            displays.add(new Display(text(d.path("name"), 60), d.path("online").asBoolean(false), text(d.path("error"), 200)));
        }
        return new BridgeHealth(List.copyOf(printers), List.copyOf(displays));
    }

    /**
     * What kiosks tell citizens: the state of the printer tickets go to ({@code name}, as
     * {@link BridgeLink#ticketPrinter()} picks it), else of the first one, or null when it reported
     * none. A printer that is off cannot say anything of its paper.
     */
    public PrinterState ticketPrinter(String name) {
        if (printers.isEmpty()) {
            return null;
        }
        Printer first = printers.stream().filter(p -> p.name() != null && p.name().equals(name)).findFirst()
                .orElse(printers.get(0));
        if (!first.online()) {
            return PrinterState.OFFLINE;
        }
        if ("OUT".equals(first.paper())) {
            return PrinterState.OUT_OF_PAPER;
        }
        if (first.error() != null) {
            return PrinterState.ERROR;
        }
        return "LOW".equals(first.paper()) ? PrinterState.PAPER_LOW : PrinterState.READY;
    }

    private static List<JsonNode> parts(JsonNode array) {
        List<JsonNode> parts = new ArrayList<>();
        if (array.isArray()) {
            for (int i = 0; i < array.size() && i < MAX_PARTS; i++) {
                if (array.get(i).isObject()) {
                    parts.add(array.get(i));
                }
            }
        }
        return parts;
    }

    private static String text(JsonNode node, int max) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String text = node.asText("").strip();
        return text.isEmpty() ? null : text.length() <= max ? text : text.substring(0, max);
    }
}
