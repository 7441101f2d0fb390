package org.onedoor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * JSON bodies built from an operation's schema: a plausible body (real codes where a property's
 * name says what it is), then one property made wrong so that the whole body must be refused.
 */
final class JsonBodies {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Longer than any string the server keeps (the longest, a center's notice, is 500). */
    private static final String HUGE = "Đ".repeat(100_000);

    private final ApiOperations api;
    private final FuzzTargets targets;

    JsonBodies(ApiOperations api, FuzzTargets targets) {
        this.api = api;
        this.targets = targets;
    }

    /** A body that would pass if nothing were mutated (for known names) or close to it. */
    JsonNode plausible(Object schema, String name, int depth) {
        Map<String, Object> s = api.resolve(schema);
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return NODES.textNode(String.valueOf(values.get(values.size() - 1)));
        }
        String type = String.valueOf(s.getOrDefault("type", "object"));
        return switch (type) {
            case "string" -> NODES.textNode(example(name));
            case "integer", "number" -> NODES.numberNode(Math.max(1, ((Number) s.getOrDefault("minimum", 1)).intValue()));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 4 ? NODES.arrayNode() : NODES.arrayNode().add(plausible(items(s), singular(name), depth + 1));
            default -> object(s, depth);
        };
    }

    /** The same body with one property (chosen at random) wrong in a way the schema forbids; null if it has none. */
    Mutated mutateOne(Object schema, Random random) {
        Map<String, Object> s = api.resolve(schema);
        JsonNode base = plausible(schema, "", 0);
        if (!(base instanceof ObjectNode object) || properties(s).isEmpty()) {
            return null;
        }
        if (!required(s).isEmpty() && random.nextInt(5) == 0) {
            String name = BadValues.pick(required(s), random);
            object.remove(name);
            return new Mutated(object, "without required " + name);
        }
        String name = BadValues.pick(new ArrayList<>(properties(s).keySet()), random);
        JsonNode bad = wrongValue(api.resolve(properties(s).get(name)), random);
        object.set(name, bad);
        return new Mutated(object, name + "=" + preview(bad));
    }

    record Mutated(JsonNode body, String what) {
    }

    /** A value of the wrong type or out of range for this property. */
    private JsonNode wrongValue(Map<String, Object> property, Random random) {
        boolean isEnum = property.get("enum") instanceof List<?>;
        String type = isEnum ? "enum" : String.valueOf(property.getOrDefault("type", "object"));
        List<JsonNode> choices = switch (type) {
            case "enum" -> List.of(NODES.textNode("NOT_A_VALUE"), NODES.textNode(""), NODES.objectNode(),
                    NODES.arrayNode().add("x"), NODES.textNode(HUGE));
            case "string" -> List.of(NODES.objectNode().put("a", 1), NODES.arrayNode().add(1).add(2),
                    NODES.textNode(HUGE), NODES.textNode("a\u0000b"));
            case "integer", "number" -> List.of(NODES.numberNode(-1), NODES.textNode("abc"),
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
                    NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(-2147483649L),
                    NODES.objectNode(), NODES.booleanNode(true));
            case "boolean" -> List.of(NODES.textNode("maybe"), NODES.objectNode(), NODES.arrayNode().add(true));
            case "array" -> List.of(NODES.objectNode().put("a", 1), NODES.textNode("x"), hugeArray());
            default -> List.of(NODES.textNode("x"), NODES.arrayNode().add(1), NODES.numberNode(42));
        };
        return BadValues.pick(choices, random);
    }

    private static JsonNode hugeArray() {
        var array = NODES.arrayNode();
        for (int i = 0; i < 10_000; i++) {
            array.add("HT");
        }
        return array;
    }

    private JsonNode object(Map<String, Object> s, int depth) {
        ObjectNode node = NODES.objectNode();
        if (s.get("additionalProperties") instanceof Map<?, ?>) {
            return node.put("vi", "Tên thử").put("en", "Test name");
        }
        if (depth > 4) {
            return node;
        }
        properties(s).forEach((name, property) -> node.set(name, plausible(property, name, depth + 1)));
        return node;
    }

    /** Values that pass for the properties the API has today; anything else gets "x". */
    private String example(String name) {
        return switch (name) {
            case "field", "fields" -> targets.field();
            case "priority" -> targets.priorityGroup();
            case "procedure" -> "1.001";
            case "language" -> "vi";
            case "center" -> targets.center();
            case "code" -> "A001";
            case "username" -> "fuzz-user";
            case "password" -> "fuzz-password-1";
            case "roles", "role" -> "OFFICER";
            case "timeZone" -> "Asia/Ho_Chi_Minh";
            case "colour" -> "#1565c0";
            case "prefix" -> "Z";
            case "displayAddress" -> "modbus:9";
            case "opensAt", "closesAt", "dayRollover" -> "07:30";
            default -> "Giá trị thử";
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> s) {
        return (Map<String, Object>) s.getOrDefault("properties", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> required(Map<String, Object> s) {
        return (List<String>) s.getOrDefault("required", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> items(Map<String, Object> s) {
        return (Map<String, Object>) s.getOrDefault("items", Map.of("type", "string"));
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    static String preview(JsonNode node) {
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + " chars)" : text;
    }
}
