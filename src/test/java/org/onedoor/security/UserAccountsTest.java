package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testing.Sessions.as;
import static org.onedoor.testing.Sessions.signIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.ClientAddress;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.Sessions;

/** What a center's manager does with the accounts of its staff, and what each of them does with their own. */
@QuarkusTest
class UserAccountsTest {

    @Inject
    LoginLimits limits;

    static final String NEW_PASSWORD = "Đổi-mật-khẩu-1";

    @Test
    void shouldLetAManagerSetAForgottenPasswordAndEndTheAccountsSessions() {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER");
        String officer = floor.user("OFFICER");
        Response counterPc = signIn(officer, Floor.STAFF_PASSWORD, null);

        floor.as(manager).body(Map.of("password", NEW_PASSWORD)).put("/api/users/" + officer + "/password")
                .then().statusCode(204);

        as(counterPc).get("/api/me").then().statusCode(401);
        assertThat(signIn(officer, Floor.STAFF_PASSWORD, null).header("Location")).contains("error");
        as(signIn(officer, NEW_PASSWORD, null)).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldSwitchAnAccountOffEverywhereAndOnAgain() throws Exception {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER");
        String officer = floor.user("OFFICER");
        Response counterPc = signIn(officer, Floor.STAFF_PASSWORD, null);
        FloorClient socket = FloorClient.connectWithCookie(floor.center,
                SessionCookies.SESSION + "=" + counterPc.cookie(SessionCookies.SESSION));
        socket.next();

        floor.as(manager).post("/api/users/" + officer + "/disable").then().statusCode(200);

        assertThat(socket.closeCode.get(5, TimeUnit.SECONDS)).as("the live floor of its session").isEqualTo(4003);
        as(counterPc).get("/api/me").then().statusCode(401);
        assertThat(signIn(officer, Floor.STAFF_PASSWORD, null).header("Location")).as("the right password")
                .contains("error");
        floor.as(officer).get("/api/me").then().statusCode(401);
        assertThat(disabledIn(floor, manager, officer)).isTrue();

        floor.as(manager).post("/api/users/" + officer + "/enable").then().statusCode(204);

        as(signIn(officer, Floor.STAFF_PASSWORD, null)).get("/api/me").then().statusCode(200);
        assertThat(disabledIn(floor, manager, officer)).isFalse();
    }

    @Test
    void shouldEndEverySessionOfAnAccountLeftSignedIn() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        Response phone = signIn(officer, Floor.STAFF_PASSWORD, null);
        Response counterPc = signIn(officer, Floor.STAFF_PASSWORD, null);

        floor.as(floor.user("MANAGER")).post("/api/users/" + officer + "/sign-out").then().statusCode(204);

        as(phone).get("/api/me").then().statusCode(401);
        as(counterPc).get("/api/me").then().statusCode(401);
        as(signIn(officer, Floor.STAFF_PASSWORD, null)).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldKeepAManagerToTheOfficersAndGuidesOfTheirOwnCenter() {
        Floor mine = Floor.create();
        Floor other = Floor.create();
        String manager = mine.user("MANAGER");
        String otherManager = mine.user("MANAGER");
        String elsewhere = other.user("OFFICER");
        String officer = mine.user("OFFICER");

        assertThat(mine.as(manager).body(Map.of("password", NEW_PASSWORD)).put("/api/users/" + elsewhere + "/password")
                .then().statusCode(403).contentType("application/problem+json").extract().<String>path("detail"))
                .contains(elsewhere);
        mine.as(manager).post("/api/users/" + otherManager + "/disable").then().statusCode(403);
        mine.as(manager).post("/api/users/" + manager + "/disable").then().statusCode(409);
        // only an administrator learns that a name is no one's: no one lists the accounts by trying
        mine.as(manager).post("/api/users/nobody-" + officer + "/sign-out").then().statusCode(403);
        mine.as(officer).body(Map.of("password", NEW_PASSWORD)).put("/api/users/nobody-" + officer + "/password")
                .then().statusCode(403);
        Floor.asAdmin().post("/api/users/nobody-" + officer + "/sign-out").then().statusCode(404);
        mine.as(officer).post("/api/users/" + officer + "/sign-out").then().statusCode(403);
        mine.as(officer).body(Map.of("password", NEW_PASSWORD)).put("/api/users/" + manager + "/password")
                .then().statusCode(403);
        mine.as(manager).get("/api/users?center=" + other.center).then().statusCode(403);
        Floor.asAdmin().post("/api/users/" + elsewhere + "/disable").then().statusCode(200);

        List<String> listed = mine.as(manager).get("/api/users").then().statusCode(200).extract().path("username");
        assertThat(listed).containsExactlyInAnyOrder(manager, otherManager, officer);
        as(signIn(manager, Floor.STAFF_PASSWORD, null)).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldLetStaffChangeTheirOwnPasswordWithTheCurrentOneAndStaySignedIn() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        Response phone = signIn(officer, Floor.STAFF_PASSWORD, null);
        Response counterPc = signIn(officer, Floor.STAFF_PASSWORD, null);

        ownPassword(counterPc, officer, Map.of("password", NEW_PASSWORD)).then().statusCode(403)
                .contentType("application/problem+json");
        ownPassword(counterPc, officer, Map.of("password", NEW_PASSWORD, "currentPassword", "not-the-password"))
                .then().statusCode(403);
        as(phone).get("/api/me").then().statusCode(200);
        Response changed = ownPassword(counterPc, officer,
                Map.of("password", NEW_PASSWORD, "currentPassword", Floor.STAFF_PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(204);
        as(changed).get("/api/me").then().statusCode(200);
        as(counterPc).get("/api/me").then().statusCode(401); // its old cookie
        as(phone).get("/api/me").then().statusCode(401);
        as(signIn(officer, NEW_PASSWORD, null)).get("/api/me").then().statusCode(200);
    }

    /** An open session guessing its own current password is stopped as a sign-in is: 429 once the name is locked. */
    @Test
    void shouldLockTheNameWhenAnOpenSessionGuessesItsCurrentPassword() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        String counterPc = ClientAddress.fresh(); // 127.0.0.1 is never locked in the tests
        Response session = signIn(officer, Floor.STAFF_PASSWORD, null);

        for (int i = 0; i < limits.userFailures(); i++) {
            ClientAddress.from(counterPc).cookie(SessionCookies.SESSION, session.cookie(SessionCookies.SESSION))
                    .header(SessionCookies.CSRF_HEADER, session.cookie(SessionCookies.CSRF)).contentType(ContentType.JSON)
                    .body(Map.of("password", NEW_PASSWORD, "currentPassword", "guess-" + i))
                    .put("/api/users/" + officer + "/password").then().statusCode(403);
        }

        ClientAddress.from(counterPc).cookie(SessionCookies.SESSION, session.cookie(SessionCookies.SESSION))
                .header(SessionCookies.CSRF_HEADER, session.cookie(SessionCookies.CSRF)).contentType(ContentType.JSON)
                .body(Map.of("password", NEW_PASSWORD, "currentPassword", Floor.STAFF_PASSWORD))
                .put("/api/users/" + officer + "/password").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    /** A script still sending a departed officer's right password is counted as guessing, and locked. */
    @Test
    void shouldCountTheRightPasswordOfASwitchedOffAccountAsAFailure() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        String script = ClientAddress.fresh();
        Floor.asAdmin().post("/api/users/" + officer + "/disable").then().statusCode(200);

        for (int i = 0; i < limits.userFailures(); i++) {
            ClientAddress.from(script).auth().preemptive().basic(officer, Floor.STAFF_PASSWORD).get("/api/me")
                    .then().statusCode(401);
        }

        ClientAddress.from(script).auth().preemptive().basic(officer, Floor.STAFF_PASSWORD).get("/api/me")
                .then().statusCode(429);
    }

    /** A copy of a cookie kept after its session signed out must not sign its owner out everywhere again. */
    @Test
    void shouldNotLetAnEndedSessionSignItsOwnerOutAgain() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        Response old = signIn(officer, Floor.STAFF_PASSWORD, null);
        Sessions.signOut(old).then().statusCode(303);
        Response current = signIn(officer, Floor.STAFF_PASSWORD, null);

        Sessions.signOut(old).then().statusCode(303);

        as(current).get("/api/me").then().statusCode(200);
    }

    private static Response ownPassword(Response session, String username, Map<String, String> body) {
        return as(session).header(SessionCookies.CSRF_HEADER, session.cookie(SessionCookies.CSRF))
                .contentType(ContentType.JSON).body(body).put("/api/users/" + username + "/password");
    }

    private static boolean disabledIn(Floor floor, String manager, String username) {
        List<Map<String, Object>> users = floor.as(manager).get("/api/users?center=" + floor.center)
                .then().statusCode(200).extract().path("");
        return users.stream().filter(u -> username.equals(u.get("username"))).map(u -> (Boolean) u.get("disabled"))
                .findFirst().orElseThrow();
    }
}
