package org.onedoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import jakarta.inject.Inject;
import org.onedoor.security.LoginLimits;
import org.onedoor.testing.ClientAddress;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Sessions;

@QuarkusTest
class AuditLogTest {

    @Inject
    LoginLimits limits;

    /**
     * Someone guessing an officer's password over HTTP Basic: each wrong one is in the center's log
     * with where it came from, and so is the one that locked the name; the tries while it stays
     * locked are not (a guesser's flood would fill the log).
     */
    @Test
    void shouldLogEachRefusedSignInUpToTheOneThatLocksTheName() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        String manager = floor.user("MANAGER");
        String guesser = ClientAddress.fresh();

        for (int i = 0; i < limits.userFailures() + 3; i++) {
            ClientAddress.from(guesser).auth().preemptive().basic(officer, "guess-" + i).get("/api/me");
        }
        ClientAddress.from(guesser).auth().preemptive().basic("nobody\u0000here", "guess").get("/api/me");

        List<Map<String, Object>> refused = floor.as(manager).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(l -> "SIGN-IN".equals(l.get("action"))).toList();
        assertThat(refused).hasSize(limits.userFailures()).allSatisfy(l -> assertThat(l)
                .containsEntry("actor", officer).containsEntry("target", "/api/me (" + guesser + ")"));
        List<Object> statuses = refused.stream().map(l -> l.get("status")).toList();
        assertThat(statuses.get(0)).as("the newest: the one that locked it").isEqualTo(429);
        assertThat(statuses.subList(1, statuses.size())).containsOnly(401);
        List<Map<String, Object>> all = Floor.asAdmin().get("/api/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(all).as("a name no one has (often a password typed in the wrong box), not kept, in no center's log")
                .anySatisfy(l -> assertThat(l).containsEntry("actor", "?").containsEntry("target", "/api/me (" + guesser + ")"))
                .noneMatch(l -> String.valueOf(l.get("actor")).contains("nobody"));
    }

    @Test
    void shouldLogWhoChangedWhatAndShowItToTheCentersManager() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER");
        String manager = floor.user("MANAGER");
        String id = floor.callAt(officer, 1, "HT");
        floor.as(officer).post("/api/tickets/" + id + "/start").then().statusCode(200);
        floor.as(officer).post("/api/tickets/" + id + "/no-show").then().statusCode(409); // refused: not logged

        List<Map<String, Object>> log = floor.as(manager).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("$");

        assertThat(log).extracting(l -> l.get("actor") + " " + l.get("action") + " " + l.get("target")).startsWith(
                officer + " POST /api/tickets/" + id + "/start",
                officer + " POST /api/centers/" + floor.center + "/counters/1/call-next",
                "admin POST /api/tickets/" + id, // the ticket issued, by its address
                officer + " POST /api/centers/" + floor.center + "/counters/1/open",
                // the manager's account, then the officer's (the body named this center), each by its address
                "admin POST /api/users/" + manager,
                "admin POST /api/users/" + officer,
                "admin PUT /api/centers/" + floor.center + "/counters/1");
        assertThat(log).noneMatch(l -> String.valueOf(l.get("target")).endsWith("/no-show"));
        String csv = floor.as(manager).get("/api/audit/csv").then().statusCode(200).extract().asString();
        // a script asking in no language gets English headers; each line in words, its method and address kept
        assertThat(csv).startsWith("\uFEFFTime (center's clock),Person,Username,What was done,Counter,Kind,Result,Method,Address,Instant (UTC)")
                .contains(officer + "," + officer + ",Start serving ticket A001,1,Tickets and counters,Done (200),POST,/api/tickets/"
                        + id + "/start,");
        // each line's time also in its center's clock (Asia/Ho_Chi_Minh: UTC+7), as people read it
        Map<String, Object> newest = log.get(0);
        String local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(
                java.time.Instant.parse((String) newest.get("at")).atZone(java.time.ZoneOffset.ofHours(7)));
        assertThat(newest).containsEntry("localTime", local);
        assertThat(csv).contains("\n" + local + "," + officer + "," + officer + ",Start serving ticket A001,");
        floor.as(officer).get("/api/audit").then().statusCode(403);
        // an administrator's change to the center is in the center's log
        Floor.asAdmin().body(Map.of("notice", "Thông báo mới")).patch("/api/centers/" + floor.center).then().statusCode(200);
        assertThat(floor.as(manager).get("/api/audit").then().statusCode(200).extract().jsonPath().getList("actor"))
                .first().isEqualTo("admin");
        // an administrator's new account for the center is in its log
        String colleague = floor.user("OFFICER");
        assertThat(floor.as(manager).get("/api/audit").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$"))
                .first().satisfies(l -> assertThat(l).containsEntry("actor", "admin").containsEntry("target", "/api/users/" + colleague));
        // a device paired: its entry names it, by the address its answer gives it
        String device = Floor.asAdmin().body(Map.of("kind", "HALL_SCREEN", "name", "Màn hình sảnh"))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("id");
        assertThat(floor.as(manager).get("/api/audit").then().statusCode(200).extract().jsonPath().<String>getList("target"))
                .first().isEqualTo("/api/devices/" + floor.center + "/" + device);
        assertThat(floor.as(manager).get("/api/devices/" + floor.center + "/" + device).then().statusCode(200)
                .extract().jsonPath().getString("name")).isEqualTo("Màn hình sảnh");
        // a sign-in is logged by the name it signed in (the form itself is anonymous), a refused one as SIGN-IN
        Sessions.signIn(officer, "not-the-password", null);
        Sessions.signIn(officer, Floor.STAFF_PASSWORD, null);
        // reading the log waits a few seconds for a batch being written, then reads what is there:
        // on a loaded machine the sign-in's entry comes a moment later
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(floor.as(manager)
                .get("/api/audit").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$"))
                .first().satisfies(l -> assertThat(l).containsEntry("actor", officer).containsEntry("action", "POST")
                        .containsEntry("target", "/login").containsEntry("status", 303)));
        assertThat(floor.as(manager).get("/api/audit").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$"))
                .element(1).satisfies(l -> assertThat(l).containsEntry("actor", officer).containsEntry("action", "SIGN-IN")
                        .containsEntry("target", "/login (127.0.0.1)").containsEntry("status", 401));
        // and so is one to a ticket of the center, whose address names no center
        Floor.asAdmin().post("/api/tickets/" + id + "/complete").then().statusCode(200);
        assertThat(floor.as(manager).get("/api/audit").then().statusCode(200).extract().jsonPath().<String>getList("target"))
                .first().isEqualTo("/api/tickets/" + id + "/complete");
        // a device's change is listed under its name as paired, beside its principal
        String kiosk = org.onedoor.kiosk.KioskTestDevices.pair(floor, "KIOSK", null);
        org.onedoor.kiosk.KioskTestDevices.asDevice(kiosk).contentType("application/json").body(Map.of("field", "HT"))
                .post("/api/kiosk/tickets").then().statusCode(201);
        assertThat(floor.as(manager).get("/api/audit").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$"))
                .first().satisfies(l -> {
                    assertThat(l).containsEntry("actorName", "KIOSK test").containsEntry("action", "POST");
                    assertThat((String) l.get("actor")).startsWith("device:");
                    assertThat((String) l.get("target")).startsWith("/api/tickets/"); // the ticket it made, by its address
                });
        // naming another center is refused, as the reports refuse it, not answered with the manager's own log
        Floor other = Floor.create();
        floor.as(manager).queryParam("center", other.center).get("/api/audit").then().statusCode(403)
                .contentType("application/problem+json");
        floor.as(manager).queryParam("center", floor.center).get("/api/audit").then().statusCode(200);
    }
}
