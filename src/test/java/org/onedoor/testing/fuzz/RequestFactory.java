package org.onedoor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.onedoor.testing.fuzz.ApiOperations.Operation;
import org.onedoor.testing.fuzz.ApiOperations.Param;

/**
 * Makes malformed requests for one operation: a few parts of a well-formed request (path
 * parameters, query, body, content type, credentials) each replaced by something wrong.
 */
public final class RequestFactory {

    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "image/png", "garbage",
            "application/json; charset=ISO-8859-1-nope", "*/*", "application/");

    private final ApiOperations api;
    private final FuzzTargets targets;
    private final JsonBodies bodies;
    private final Random random;
    private int count;

    public RequestFactory(ApiOperations api, FuzzTargets targets, long seed) {
        this.api = api;
        this.targets = targets;
        this.bodies = new JsonBodies(api, targets);
        this.random = new Random(seed);
    }

    public FuzzRequest next(Operation op) {
        List<String> what = new ArrayList<>();
        boolean mustFail = false;
        Map<String, String> headers = new LinkedHashMap<>();
        // at least one part is wrong; more at times, so combinations are tried as well
        boolean badPath = !op.in("path").isEmpty() && random.nextInt(3) == 0;
        boolean badQuery = random.nextInt(4) == 0;
        boolean badType = op.body() != null && random.nextInt(6) == 0;
        // a content type the server reads all the same (*/*, an odd charset) must not carry a valid body
        boolean badBody = op.body() != null && (random.nextInt(3) != 0 || badType);
        boolean badAuth = random.nextInt(6) == 0;
        if (!(badPath || badBody || badType || badAuth)) {
            badPath = !op.in("path").isEmpty();
            badAuth = !badPath;
        }
        String path = path(op, badPath, what);
        mustFail |= badPath;
        String query = query(op, badQuery, what);
        byte[] body = null;
        if (op.body() != null) {
            String type = op.body().mediaTypes().get(0);
            if (badType) {
                type = BadValues.pick(WRONG_CONTENT_TYPES, random);
                what.add("content type " + type);
                String base = type.split(";")[0].trim();
                mustFail |= op.body().required() && !op.body().mediaTypes().contains(base) && !base.equals("*/*");
            }
            headers.put("Content-Type", type);
            if (badBody) {
                Body b = body(op);
                body = b.bytes;
                what.add(b.what);
                mustFail |= b.invalid;
            } else {
                body = plausibleBody(op);
            }
        } else if (random.nextInt(5) == 0) {
            body = garbage().bytes; // a body where none is expected
            headers.put("Content-Type", "application/json");
            what.add("unexpected body");
        }
        if (op.mutating() && !mustFail && !op.in("path").isEmpty()) {
            // nothing above is surely wrong (an empty body is fine where a body is optional):
            // a bogus id keeps this request from acting on the center
            path = path(op, true, what);
            mustFail = true;
        }
        String auth = auth(op, badAuth, what);
        if (auth != null) {
            headers.put("Authorization", auth);
        }
        mustFail |= badAuth && op.roles() != null;
        return new FuzzRequest(++count, op.method(), path + query, headers, body, String.join(", ", what), mustFail);
    }

    private String path(Operation op, boolean bad, List<String> what) {
        List<Param> params = op.in("path");
        Param wrong = bad ? BadValues.pick(params, random) : null;
        String path = op.path();
        for (Param p : params) {
            String value = p == wrong ? BadValues.pathSegment(p.type(), random) : targets.real(p.name(), op.path(), random);
            if (p == wrong) {
                what.add(p.name() + "=" + (value.length() > 40 ? value.length() + " chars" : value));
            }
            path = path.replace("{" + p.name() + "}", value);
        }
        return path;
    }

    private String query(Operation op, boolean bad, List<String> what) {
        if (!bad) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (Param p : op.in("query")) {
            String value = BadValues.queryValue(random);
            query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=').append(value);
            if (random.nextBoolean()) {
                query.append('&').append(p.name()).append('=').append(BadValues.queryValue(random)); // repeated
            }
        }
        query.append(query.isEmpty() ? "?" : "&").append("unknown=").append(BadValues.queryValue(random));
        what.add("query " + (query.length() > 80 ? query.substring(0, 80) + "…" : query));
        return query.toString();
    }

    private record Body(byte[] bytes, String what, boolean invalid) {
    }

    private Body body(Operation op) {
        if (op.body().json() && random.nextInt(5) < 2) {
            JsonBodies.Mutated m = bodies.mutateOne(op.body().schema(), random);
            if (m != null) {
                return new Body(utf8(m.body().toString()), "json " + m.what(), true);
            }
        }
        return switch (random.nextInt(9)) {
            // "no body" is an answer for an operation whose body is optional (complete); the
            // OpenAPI document merges its two methods into one that says "required", so not counted
            case 0 -> new Body(new byte[0], "empty body", false);
            case 1 -> new Body(utf8("null"), "null body", false);
            case 2 -> {
                String whole = plausibleJson(op);
                yield new Body(utf8(whole.substring(0, whole.length() / 2)), "truncated json", true);
            }
            case 3 -> new Body(invalidUtf8(plausibleJson(op)), "invalid utf-8", true);
            case 4 -> new Body(utf8(deep(random.nextBoolean() ? 5_000 : 100_000)), "deep nesting", true);
            case 5 -> new Body(utf8(BadValues.pick(List.of("[]", "42", "\"text\"", "true", "[{}]", "-1e400"), random)),
                    "wrong top-level type", true);
            case 6 -> new Body(utf8("[" + ("\"" + "x".repeat(1000) + "\",").repeat(2_000) + "0]"), "2 MB json", true);
            default -> garbage();
        };
    }

    private Body garbage() {
        String text = BadValues.pick(List.of("hello", "<xml>no</xml>", "{'single': 'quotes'}", "{\"a\":}", "=&=&",
                "\u0000\u0001\u0002", "{\"a\":1}{\"b\":2}", "--x\r\nContent-Disposition: form-data\r\n\r\n--x--",
                "{\"field\": NaN}", "\ufeff\ufeff{"), random);
        return new Body(utf8(text), "not json: " + text.replaceAll("\\p{Cntrl}", "?"), true);
    }

    private byte[] plausibleBody(Operation op) {
        return op.body().json() ? utf8(plausibleJson(op)) : new byte[] {1, 2, 3, 4};
    }

    private String plausibleJson(Operation op) {
        JsonNode node = bodies.plausible(op.body().schema(), "", 0);
        return node.toString();
    }

    private String auth(Operation op, boolean bad, List<String> what) {
        if (bad) {
            String auth = BadValues.pick(java.util.Arrays.asList(null, "Basic " + b64("admin:wrong-password"),
                    "Basic !!!not-base64", "Basic " + b64("no-colon"), "Bearer no-such-token", "Bearer ",
                    "Bearer " + "t".repeat(3000), "Digest x", "Basic " + b64("\u0000:\u0000")), random);
            what.add("auth " + (auth == null ? "none" : auth.substring(0, Math.min(30, auth.length()))));
            return auth;
        }
        List<String> roles = op.roles() == null ? List.of() : op.roles();
        if (roles.contains("KIOSK") && (!roles.contains("ADMIN") || random.nextBoolean())) {
            return "Bearer " + targets.kioskToken();
        }
        if (roles.contains("COUNTER_SCREEN")) {
            return "Bearer " + targets.counterScreenToken();
        }
        if (roles.contains("BRIDGE")) {
            return "Bearer " + targets.bridgeToken();
        }
        if (roles.contains("DEVICE")) {
            return "Bearer " + BadValues.pick(List.of(targets.kioskToken(), targets.bridgeToken()), random);
        }
        return targets.adminAuth();
    }

    static String deep(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static byte[] invalidUtf8(String json) {
        byte[] plain = utf8(json);
        int quote = json.indexOf('"', json.indexOf(':') + 1);
        int at = quote < 0 ? plain.length / 2 : quote + 1;
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] out = new byte[plain.length + bad.length];
        System.arraycopy(plain, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(plain, at, out, at + bad.length, plain.length - at);
        return out;
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(utf8(text));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
