package org.onedoor.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds an isolated center per test through the public API, so tests never see each other's
 * tickets although they share one database.
 */
public final class Floor {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String STAFF_PASSWORD = "staff-password";

    public final String center;

    private Floor(String center) {
        this.center = center;
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON);
    }

    public RequestSpecification as(String user) {
        return as(user, STAFF_PASSWORD);
    }

    /**
     * A new center with the given priority policy (STRICT or RATIO) and ratio. It opens every day
     * round the clock, so a kiosk test passes at any hour; tests of opening hours set their own.
     */
    public static Floor create(String policy, int ratio) {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        // all in the creation: a change of hours afterwards would be the center's first event (HoursChanged)
        asAdmin().body(Map.of("code", code, "name", "Trung tâm thử " + code, "priorityPolicy", policy, "priorityRatio", ratio,
                        "opensAt", "00:00", "closesAt", "00:00", "openDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                                "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")))
                .post("/api/centers").then().statusCode(201);
        return new Floor(code);
    }

    public static Floor create() {
        return create("STRICT", 2);
    }

    public Floor fieldWithPrefix(String code, String prefix, int serviceMinutes) {
        return field(code, Map.of("names", Map.of("vi", "Lĩnh vực " + code, "en", "Field " + code),
                "prefix", prefix, "serviceMinutes", serviceMinutes));
    }

    public Floor fieldWithBlock(String code, int block, int serviceMinutes) {
        return field(code, Map.of("names", Map.of("vi", "Lĩnh vực " + code), "numberBlock", block,
                "serviceMinutes", serviceMinutes));
    }

    public Floor field(String code, Map<String, Object> settings) {
        asAdmin().body(settings).put(path("/fields/" + code)).then().statusCode(200);
        return this;
    }

    /** A counter serving these fields, primary first. It starts closed. */
    public Floor counter(int number, String... fields) {
        asAdmin().body(Map.of("label", "Quầy " + number, "fields", List.of(fields)))
                .put(path("/counters/" + number)).then().statusCode(200);
        return this;
    }

    public Floor open(int counter) {
        asAdmin().post(path("/counters/" + counter + "/open")).then().statusCode(200);
        return this;
    }

    /** Pairs a hall screen with this center and returns its device token. */
    public String hallScreen() {
        return asAdmin().body(Map.of("kind", "HALL_SCREEN", "name", "Màn hình sảnh"))
                .post("/api/devices/" + center).then().statusCode(201).extract().path("token");
    }

    /** A staff user of this center with the given role, password {@link #STAFF_PASSWORD}. */
    public String user(String role) {
        return user(role, null);
    }

    /** A user of the center with that role and display name (null: their username); their username. */
    public String user(String role, String displayName) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("username", name, "password", STAFF_PASSWORD, "roles", List.of(role),
                "center", center, "displayName", displayName == null ? name : displayName)).post("/api/users")
                .then().statusCode(201);
        return name;
    }

    public JsonPath issue(String field) {
        return issue(field, null);
    }

    public JsonPath issue(String field, String priority) {
        var body = new java.util.HashMap<String, Object>();
        body.put("field", field);
        body.put("priority", priority);
        return asAdmin().body(body).post(path("/tickets")).then().statusCode(201).extract().jsonPath();
    }

    /** Calls the next ticket as admin; its code, or null when none waits. */
    public JsonPath callNext(int counter) {
        var response = asAdmin().post(path("/counters/" + counter + "/call-next")).then().extract();
        if (response.statusCode() == 204) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("call-next answered " + response.statusCode() + ": " + response.body().asString());
        }
        return response.jsonPath();
    }

    public String callNextCode(int counter) {
        JsonPath called = callNext(counter);
        return called == null ? null : called.getString("code");
    }

    /** Sends a ticket to one counter (a transfer), as admin. */
    public void sendTo(String ticketId, int counter) {
        asAdmin().body(Map.of("counter", counter)).post("/api/tickets/" + ticketId + "/transfer").then().statusCode(200);
    }

    /**
     * Counters 1 and 2 open for HT, and its one citizen, called at 1, sent on to counter 2: the field
     * counts them, but a newcomer of the field is not behind them.
     */
    public static Floor withTheOnlyCitizenSentToCounter2() {
        Floor floor = create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        floor.issue("HT");
        floor.sendTo(floor.callNext(1).getString("id"), 2);
        return floor;
    }

    /**
     * The officer opens the counter, a citizen of the field takes a ticket, and the officer calls
     * them there: the ticket's id. As the officer, not as admin, so the counter is theirs.
     */
    public String callAt(String officer, int counter, String field) {
        as(officer).post(path("/counters/" + counter + "/open")).then().statusCode(200);
        issue(field);
        return as(officer).post(path("/counters/" + counter + "/call-next")).then().statusCode(200)
                .extract().path("id");
    }

    /** Starts and completes a called ticket. */
    public void serve(String ticketId) {
        asAdmin().post("/api/tickets/" + ticketId + "/start").then().statusCode(200);
        asAdmin().post("/api/tickets/" + ticketId + "/complete").then().statusCode(200);
    }

    public String path(String rest) {
        return "/api/centers/" + center + rest;
    }
}
