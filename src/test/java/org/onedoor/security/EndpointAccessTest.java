package org.onedoor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;

/**
 * Every state-changing endpoint the API documents, walked without credentials and with each role
 * it does not allow: 401 and 403, and the floor unchanged. The table below is the access policy;
 * a new endpoint fails this test until someone decides who may call it.
 */
@QuarkusTest
class EndpointAccessTest {

    private static final Set<String> STAFF = Set.of("ADMIN", "MANAGER");
    private static final Set<String> COUNTER_WORK = Set.of("ADMIN", "MANAGER", "OFFICER");

    /** Who may call each change; an empty set: anyone (and why, in docs/security.md). */
    private static final Map<String, Set<String>> POLICY = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /login", Set.of()), // the sign-in form itself (limited by LoginAttempts)
            Map.entry("POST /login/out", Set.of()), // ends the caller's own session, with its CSRF token
            Map.entry("POST /api/pairing", Set.of()), // a new screen asks for a code a manager must claim
            Map.entry("POST /api/centers", Set.of("ADMIN")),
            Map.entry("PATCH /api/centers/{center}", STAFF),
            Map.entry("POST /api/centers/{center}/closed-days", STAFF),
            Map.entry("DELETE /api/centers/{center}/closed-days/{day}", STAFF),
            Map.entry("PUT /api/centers/{center}/fields/{code}", STAFF),
            Map.entry("POST /api/centers/{center}/fields/import", STAFF),
            Map.entry("PUT /api/centers/{center}/priority-groups/{code}", STAFF),
            Map.entry("POST /api/centers/{center}/procedures/import", STAFF),
            Map.entry("PUT /api/centers/{center}/counters/{counter}", STAFF),
            Map.entry("DELETE /api/centers/{center}/counters/{counter}", STAFF),
            Map.entry("POST /api/centers/{center}/counters/{counter}/call-next", COUNTER_WORK),
            Map.entry("POST /api/centers/{center}/counters/{counter}/call", COUNTER_WORK),
            Map.entry("POST /api/centers/{center}/counters/{counter}/open", COUNTER_WORK),
            Map.entry("POST /api/centers/{center}/counters/{counter}/pause", COUNTER_WORK),
            Map.entry("POST /api/centers/{center}/counters/{counter}/close", COUNTER_WORK),
            Map.entry("POST /api/centers/{center}/tickets", Set.of("ADMIN", "MANAGER", "GUIDE", "KIOSK")),
            Map.entry("PUT /api/centers/{center}/ticket-layout", STAFF),
            Map.entry("PUT /api/centers/{center}/ticket-layout/logo", STAFF),
            Map.entry("DELETE /api/centers/{center}/ticket-layout/logo", STAFF),
            Map.entry("POST /api/devices/{center}", STAFF),
            Map.entry("PATCH /api/devices/{center}/{id}", STAFF),
            Map.entry("POST /api/devices/{center}/{id}/revoke", STAFF),
            Map.entry("PUT /api/devices/{center}/{id}/printer", STAFF),
            Map.entry("PUT /api/devices/{center}/{id}/counter", STAFF),
            Map.entry("POST /api/pairing/{center}/claim", STAFF),
            Map.entry("POST /api/device/printer", Set.of("BRIDGE")),
            Map.entry("POST /api/kiosk/tickets", Set.of("KIOSK")),
            Map.entry("POST /api/kiosk/lease", Set.of("KIOSK")),
            Map.entry("POST /api/kiosk/offline-tickets", Set.of("KIOSK")),
            Map.entry("POST /api/users", STAFF),
            // whose account each may change is checked on the account (UserAccountsTest)
            Map.entry("PUT /api/users/{username}/password", Set.of("ADMIN", "MANAGER", "OFFICER", "GUIDE")),
            Map.entry("PATCH /api/users/{username}", STAFF),
            Map.entry("POST /api/users/{username}/disable", STAFF),
            Map.entry("POST /api/users/{username}/enable", STAFF),
            Map.entry("POST /api/users/{username}/sign-out", STAFF),
            Map.entry("PUT /api/voice-packs/{language}/clips/{file}", Set.of("ADMIN")),
            Map.entry("PUT /api/voice-packs/{language}", Set.of("ADMIN")),
            Map.entry("POST /api/tickets/{id}/recall", COUNTER_WORK),
            Map.entry("POST /api/tickets/{id}/start", COUNTER_WORK),
            Map.entry("POST /api/tickets/{id}/complete", COUNTER_WORK),
            Map.entry("POST /api/tickets/{id}/no-show", COUNTER_WORK),
            Map.entry("POST /api/tickets/{id}/transfer", COUNTER_WORK),
            Map.entry("POST /api/tickets/{id}/cancel", Set.of("ADMIN", "MANAGER", "OFFICER", "GUIDE")),
            Map.entry("POST /api/tickets/{id}/rating", Set.of("COUNTER_SCREEN"))));

    @Test
    void shouldRefuseEveryChangeWithoutCredentialsOrWithARoleThatMayNotMakeIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String ticket = floor.issue("HT").getString("id");
        Map<String, RequestSpecification> callers = callers(floor);
        Map<String, String> operations = changes();
        assertThat(operations.keySet()).as("every documented change has a policy here")
                .containsExactlyInAnyOrderElementsOf(POLICY.keySet());
        String before = state(floor, ticket);

        List<String> wrong = new ArrayList<>();
        int refusals = 0;
        for (var op : operations.entrySet()) {
            Set<String> allowed = POLICY.get(op.getKey());
            if (allowed.isEmpty()) {
                continue;
            }
            String method = op.getKey().substring(0, op.getKey().indexOf(' '));
            String path = fill(op.getKey().substring(method.length() + 1), floor, ticket);
            int anonymous = send(given(), method, path, op.getValue()).statusCode();
            if (anonymous != 401) {
                wrong.add(op.getKey() + " anonymous: " + anonymous);
            }
            for (var caller : callers.entrySet()) {
                if (allowed.contains(caller.getKey())) {
                    continue;
                }
                // a RequestSpecification keeps the body it was given: a fresh one for each request
                Response answer = send(callers(floor).get(caller.getKey()), method, path, op.getValue());
                refusals++;
                if (answer.statusCode() != 403 || !answer.contentType().startsWith("application/problem+json")) {
                    wrong.add(op.getKey() + " as " + caller.getKey() + ": " + answer.statusCode());
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(refusals).isGreaterThan(POLICY.size() * 3);
        assertThat(state(floor, ticket)).isEqualTo(before);
    }

    /** METHOD path → the content type its body is sent as, for every documented change. */
    private static Map<String, String> changes() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, String> changes = new TreeMap<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (Set.of("post", "put", "patch", "delete").contains(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                @SuppressWarnings("unchecked")
                Map<String, Object> content = body == null ? null : (Map<String, Object>) body.get("content");
                changes.put(method.toUpperCase() + " " + path,
                        content == null || content.isEmpty() ? "application/json" : new TreeSet<>(content.keySet()).first());
            }
        }));
        return changes;
    }

    /** One caller of each role: staff of the floor's center, and each kind of device paired to it. */
    private static Map<String, RequestSpecification> callers(Floor floor) {
        Map<String, RequestSpecification> callers = new LinkedHashMap<>();
        callers.put("ADMIN", Floor.asAdmin());
        for (String role : List.of("MANAGER", "OFFICER", "GUIDE")) {
            callers.put(role, floor.as(users.computeIfAbsent(floor.center + role, k -> floor.user(role))));
        }
        for (String kind : List.of("KIOSK", "BRIDGE", "HALL_SCREEN")) {
            callers.put(kind, KioskTestDevices.asDevice(devices.computeIfAbsent(floor.center + kind,
                    k -> KioskTestDevices.pair(floor, kind, null))));
        }
        String screen = devices.computeIfAbsent(floor.center + "COUNTER_SCREEN", k -> Floor.asAdmin()
                .body(Map.of("kind", "COUNTER_SCREEN", "name", "Quầy 1", "counter", 1))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("token"));
        callers.put("COUNTER_SCREEN", KioskTestDevices.asDevice(screen));
        return callers;
    }

    private static final Map<String, String> users = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> devices = new java.util.concurrent.ConcurrentHashMap<>();

    private static Response send(RequestSpecification as, String method, String path, String contentType) {
        RequestSpecification request = as.contentType(contentType);
        request = contentType.contains("json") ? request.body("{}") : request.body(new byte[] {1, 2, 3});
        return request.request(method, path);
    }

    private static String fill(String template, Floor floor, String ticket) {
        return template.replace("{center}", floor.center).replace("{counter}", "1").replace("{id}", ticket)
                .replace("{code}", "HT").replace("{language}", "vi").replace("{file}", "mot.ogg")
                .replace("{username}", "admin").replace("{day}", "2099-01-01");
    }

    /** What those changes would have touched: the floor's log, its ticket, its devices, the centers. */
    private static String state(Floor floor, String ticket) {
        return Floor.asAdmin().get(floor.path("/events?after=0")).then().statusCode(200).extract().asString()
                + Floor.asAdmin().get("/api/tickets/" + ticket).then().statusCode(200).extract().asString()
                + Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200).extract().asString()
                + Floor.asAdmin().get("/api/centers").then().statusCode(200).extract().asString();
    }
}
