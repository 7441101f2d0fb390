package org.onedoor.testing;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The REST API of a server node started as a process ({@link ServerNode}), called as its
 * administrator (HTTP Basic) or as a device (Bearer), for the integration tests that start nodes.
 */
public final class NodeApi {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any answer should take: a request that hangs fails the test instead of the build. */
    static final Duration DEADLINE = Duration.ofSeconds(20);

    private final ServerNode node;
    private final String adminAuthorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public NodeApi(ServerNode node, String adminPassword) {
        this.node = node;
        this.adminAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** Calls as the administrator and fails the test unless the answer is a success. */
    public String send(String method, String path, String json) throws Exception {
        HttpResponse<String> response = call(method, path, json);
        if (response.statusCode() >= 300) {
            fail(method + " " + path + " on " + node.name + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * Signs a staff member in with the form, as a browser does.
     *
     * @return the cookies it set, by name
     */
    public Map<String, String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = form("/login", "username=" + enc(username) + "&password=" + enc(password), null);
        Map<String, String> cookies = new HashMap<>();
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return cookies;
    }

    /** Posts the sign-out form with a session's cookies and its CSRF token; the status it answered. */
    public int signOut(Map<String, String> cookies) throws IOException, InterruptedException {
        String cookie = "onedoor-session=" + cookies.get("onedoor-session") + "; onedoor-csrf=" + cookies.get("onedoor-csrf");
        return form("/login/out", "csrf=" + enc(cookies.get("onedoor-csrf")), cookie).statusCode();
    }

    private HttpResponse<String> form(String path, String body, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(DEADLINE)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
        return call(method, path, json, adminAuthorization);
    }

    /** Calls as a staff member with HTTP Basic, as an API client does. */
    public HttpResponse<String> callAs(String username, String password, String method, String path)
            throws IOException, InterruptedException {
        return callAs(username, password, method, path, null);
    }

    /** Calls as a staff member with HTTP Basic, sending {@code json} (none when null). */
    public HttpResponse<String> callAs(String username, String password, String method, String path, String json)
            throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return call(method, path, json, "Basic " + credentials);
    }

    /** Calls as a paired device. */
    public HttpResponse<String> callAsDevice(String token, String method, String path, String json)
            throws IOException, InterruptedException {
        return call(method, path, json, "Bearer " + token);
    }

    private HttpResponse<String> call(String method, String path, String json, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(DEADLINE)
                .header("Authorization", authorization)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A center with fields HT (prefix A) and CT (prefix B) and {@code counters} counters serving both,
     * open every day round the clock: these nodes run on the wall clock, and a kiosk refuses tickets
     * outside opening hours (07:00-17:00 on weekdays by default, Vietnam time).
     */
    public void createCenter(String center, int counters) throws Exception {
        send("POST", "/api/centers", "{\"code\":\"" + center + "\",\"name\":\"Trung tâm " + center + "\"}");
        send("PATCH", "/api/centers/" + center, "{\"opensAt\":\"00:00\",\"closesAt\":\"00:00\",\"openDays\":[\"MONDAY\","
                + "\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]}");
        String fields = "/api/centers/" + center + "/fields/";
        send("PUT", fields + "HT", "{\"names\":{\"vi\":\"Hộ tịch\"},\"prefix\":\"A\",\"serviceMinutes\":5}");
        send("PUT", fields + "CT", "{\"names\":{\"vi\":\"Chứng thực\"},\"prefix\":\"B\",\"serviceMinutes\":5}");
        for (int counter = 1; counter <= counters; counter++) {
            String order = counter % 2 == 0 ? "[\"HT\",\"CT\"]" : "[\"CT\",\"HT\"]";
            send("PUT", "/api/centers/" + center + "/counters/" + counter,
                    "{\"label\":\"Quầy " + counter + "\",\"fields\":" + order + "}");
        }
    }

    /** Pairs a device of this kind ({@code HALL_SCREEN}, {@code KIOSK}, {@code BRIDGE}…) and returns its token. */
    public String pair(String center, String kind, String name) throws Exception {
        return pair(center, "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"}");
    }

    /** Pairs a kiosk that prints through this bridge (a device id) and returns its token. */
    public String pairKiosk(String center, String bridgeId) throws Exception {
        return pair(center, "{\"kind\":\"KIOSK\",\"name\":\"Ki-ốt\",\"printer\":\"" + bridgeId + "\"}");
    }

    /** The id of a paired device, from its token. */
    public String deviceId(String token) throws Exception {
        return JSON.readTree(callAsDevice(token, "GET", "/api/device", null).body()).get("id").asText();
    }

    private String pair(String center, String body) throws Exception {
        return JSON.readTree(send("POST", "/api/devices/" + center, body)).get("token").asText();
    }

    /** The sequence number of the center's newest floor event, read from its log. */
    public long lastSeq(String center) throws Exception {
        long seq = 0;
        while (true) {
            JsonNode page = JSON.readTree(send("GET", "/api/centers/" + center + "/events?after=" + seq + "&limit=500", null));
            if (page.isEmpty()) {
                return seq;
            }
            seq = page.get(page.size() - 1).get("seq").asLong();
        }
    }

    public static void await(Duration within, BooleanSupplier condition, String what) throws InterruptedException {
        await(within, condition, () -> what);
    }

    /** As above, with a description worked out only on failure: the state the test waited on, say. */
    public static void await(Duration within, BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what.get());
            }
            Thread.sleep(50);
        }
    }
}
