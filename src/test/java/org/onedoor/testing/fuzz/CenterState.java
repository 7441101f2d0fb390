package org.onedoor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onedoor.testing.Floor;

/**
 * Everything a center is, as its API shows it to an admin: settings, catalogue, counters, queue,
 * each ticket, the event log's last sequence, devices, ticket layout, plus the list of centers
 * and voice packs. Two snapshots are equal when nothing was changed.
 */
public final class CenterState {

    /**
     * What changes by being used or by time passing, not by a change: when a device last called
     * and whether it is online, the printer health its bridge reports, estimates that follow the clock.
     */
    private static final Set<String> VOLATILE = Set.of("lastSeenAt", "online", "printer", "printerState", "printerHealth",
            "estimatedWaitMinutes", "estimatedCallAt", "longestWaitMinutes", "waitedMinutes", "serverTime", "health",
            "lastSeq");

    /**
     * A bridge's report of its printer is an event of its own (a bridge socket's Health frame, or
     * its going away): it says how the hardware is, it changes nothing of the queue.
     */
    private static final String PRINTER_EVENT = "PrinterStateChanged";

    private final Map<String, JsonNode> parts;

    private CenterState(Map<String, JsonNode> parts) {
        this.parts = parts;
    }

    public static CenterState of(String center, List<String> tickets) {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        String c = "/api/centers/" + center;
        for (String path : List.of("/api/centers", c, c + "/fields", c + "/priority-groups", c + "/procedures?limit=500",
                c + "/counters", c + "/queue", c + "/events?after=0&limit=5000", c + "/ticket-layout",
                "/api/devices/" + center, "/api/voice-packs", "/api/voice-packs/vi")) {
            parts.put(path, read(path));
        }
        tickets.forEach(id -> parts.put("/api/tickets/" + id, read("/api/tickets/" + id)));
        return new CenterState(parts);
    }

    private static JsonNode read(String path) {
        String body = Floor.asAdmin().get(path).then().statusCode(200).extract().asString();
        try {
            JsonNode node = strip(JsonBodies.JSON.readTree(body));
            if (path.contains("/events")) {
                for (Iterator<JsonNode> events = node.iterator(); events.hasNext(); ) {
                    if (PRINTER_EVENT.equals(events.next().path("type").asText())) {
                        events.remove();
                    }
                }
            }
            return node;
        } catch (java.io.IOException e) {
            throw new AssertionError(path + " is not JSON: " + body, e);
        }
    }

    private static JsonNode strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                if (VOLATILE.contains(names.next())) {
                    names.remove();
                }
            }
        }
        node.forEach(CenterState::strip);
        return node;
    }

    /** The parts that differ, before and after; empty when nothing changed. */
    public String differences(CenterState after) {
        StringBuilder out = new StringBuilder();
        parts.forEach((path, before) -> {
            JsonNode now = after.parts.get(path);
            if (!before.equals(now)) {
                out.append(path).append("\n  before: ").append(before).append("\n  after:  ").append(now).append('\n');
            }
        });
        return out.toString();
    }
}
