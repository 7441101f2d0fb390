package org.onedoor.bridge.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON frames of the bridge socket (docs/api.md, "Bridge socket"). */
public final class Frames {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Frames() {
    }

    public static String hello(List<String> printers, List<String> displays) {
        ObjectNode frame = JSON.createObjectNode().put("type", "Hello").put("version", VERSION);
        printers.forEach(frame.putArray("printers")::add);
        displays.forEach(frame.putArray("displays")::add);
        return write(frame);
    }

    public static String ack(String job, boolean ok, String reason) {
        ObjectNode frame = JSON.createObjectNode().put("type", "Ack").put("job", job).put("ok", ok);
        if (!ok) {
            frame.put("reason", reason == null ? "failed" : reason);
        }
        return write(frame);
    }

    /** One printer's line in a Health frame. */
    public record PrinterLine(String name, boolean online, String paper, String error) {
    }

    /** One display bus's line in a Health frame. */
    public record DisplayLine(String name, boolean online, String error) {
    }

    public static String health(List<PrinterLine> printers, List<DisplayLine> displays) {
        ObjectNode frame = JSON.createObjectNode().put("type", "Health");
        ArrayNode p = frame.putArray("printers");
        for (PrinterLine line : printers) {
            p.addObject().put("name", line.name()).put("online", line.online()).put("paper", line.paper())
                    .put("error", line.error());
        }
        ArrayNode d = frame.putArray("displays");
        for (DisplayLine line : displays) {
            d.addObject().put("name", line.name()).put("online", line.online()).put("error", line.error());
        }
        return write(frame);
    }

    /** A frame from the server, or null when it is not a JSON object. */
    public static JsonNode read(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String write(ObjectNode frame) {
        try {
            return JSON.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
