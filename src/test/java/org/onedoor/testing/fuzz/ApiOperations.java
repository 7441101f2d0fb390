package org.onedoor.testing.fuzz;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every operation the server documents in its own OpenAPI document, so an endpoint added later is
 * fuzzed without anyone remembering to list it.
 */
public final class ApiOperations {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** A path, query, header or cookie parameter; {@code type} is the JSON schema type ("string", "integer"…). */
    public record Param(String name, String in, String type) {
    }

    /** What an operation reads: the media types it accepts and the schema of JSON bodies (refs resolved lazily). */
    public record Body(boolean required, List<String> mediaTypes, Map<String, Object> schema) {

        public boolean json() {
            return mediaTypes.contains("application/json");
        }
    }

    /** {@code roles} is null for a public operation, empty for "any signed-in caller". */
    public record Operation(String method, String path, List<Param> params, Body body, List<String> roles) {

        public boolean mutating() {
            return !method.equals("GET");
        }

        public List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final Map<String, Object> schemas;
    private final List<Operation> operations = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private ApiOperations(Map<String, Object> document) {
        schemas = (Map<String, Object>) ((Map<String, Object>) document.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
        var paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, item) -> METHODS.forEach(method -> {
            var op = (Map<String, Object>) item.get(method);
            if (op != null) {
                operations.add(new Operation(method.toUpperCase(), path, params(item, op), body(op), roles(op)));
            }
        }));
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    }

    /** Reads /q/openapi of the running server. */
    public static ApiOperations fromServer() {
        return new ApiOperations(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap(""));
    }

    public List<Operation> all() {
        return List.copyOf(operations);
    }

    /** A schema with its {@code $ref} followed (one level at a time, so recursive schemas stay finite). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Object schema) {
        if (!(schema instanceof Map<?, ?> map)) {
            return Map.of();
        }
        if (map.get("$ref") instanceof String name) {
            return (Map<String, Object>) schemas.getOrDefault(name.substring(name.lastIndexOf('/') + 1), Map.of());
        }
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static List<Param> params(Map<String, Object> item, Map<String, Object> op) {
        List<Param> params = new ArrayList<>();
        for (Object list : new Object[] {item.get("parameters"), op.get("parameters")}) {
            if (list instanceof List<?> l) {
                for (Object p : l) {
                    var param = (Map<String, Object>) p;
                    var schema = (Map<String, Object>) param.getOrDefault("schema", Map.of());
                    params.add(new Param((String) param.get("name"), (String) param.get("in"),
                            String.valueOf(schema.getOrDefault("type", "string"))));
                }
            }
        }
        return params;
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(Map<String, Object> op) {
        if (!(op.get("security") instanceof List<?> security) || security.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        for (Object requirement : security) {
            ((Map<String, List<String>>) requirement).values().forEach(roles::addAll);
        }
        return roles;
    }

    @SuppressWarnings("unchecked")
    private static Body body(Map<String, Object> op) {
        var body = (Map<String, Object>) op.get("requestBody");
        if (body == null) {
            return null;
        }
        var content = (Map<String, Map<String, Object>>) body.getOrDefault("content", Map.of());
        var json = content.get("application/json");
        var schema = json == null ? Map.<String, Object>of() : (Map<String, Object>) json.getOrDefault("schema", Map.of());
        return new Body(Boolean.TRUE.equals(body.get("required")), List.copyOf(content.keySet()), schema);
    }
}
