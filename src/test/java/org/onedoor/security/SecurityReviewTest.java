package org.onedoor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.onedoor.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.Sessions;

/** The items of docs/security.md that no feature test proved already. */
@QuarkusTest
class SecurityReviewTest {

    @Inject
    TestDatabase database;

    @Inject
    SessionCookies sessions;

    @Inject
    Clock clock;

    @Test
    void shouldStoreOnlyABcryptHashOfEachPassword() throws SQLException {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");

        String stored = storedPassword(officer);

        assertThat(stored).doesNotContain(Floor.STAFF_PASSWORD).hasSize(60).matches("\\$2[aby]?\\$\\d\\d\\$.{53}");
        assertThat(Integer.parseInt(stored.substring(4, 6))).as("bcrypt cost").isGreaterThanOrEqualTo(10);
        assertThat(BcryptUtil.matches(Floor.STAFF_PASSWORD, stored)).isTrue();
        assertThat(storedPassword(floor.user("OFFICER"))).as("salted: one password, two hashes").isNotEqualTo(stored);
    }

    @Test
    void shouldRefuseASessionCookiePastItsLifetime() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        Response signedIn = Sessions.signIn(officer, Floor.STAFF_PASSWORD, null);
        assertThat(signedIn.detailedCookie(SessionCookies.SESSION).getMaxAge()).isEqualTo(SessionCookies.LIFETIME.toSeconds());
        SessionCookies.Session session = sessions.decode(signedIn.cookie(SessionCookies.SESSION)).orElseThrow();
        assertThat(Duration.between(clock.instant(), session.expires())).isLessThanOrEqualTo(SessionCookies.LIFETIME);

        // the same session, signed with the server's key, a minute before and a second after its end
        String lastMinute = sessions.encode(new SessionCookies.Session(officer, session.version(),
                clock.instant().plusSeconds(60), session.csrf()));
        String expired = sessions.encode(new SessionCookies.Session(officer, session.version(),
                clock.instant().minusSeconds(1), session.csrf()));

        given().cookie(SessionCookies.SESSION, lastMinute).get("/api/me").then().statusCode(200);
        given().cookie(SessionCookies.SESSION, expired).get("/api/me").then().statusCode(401);
        given().cookie(SessionCookies.SESSION, expired).redirects().follow(false).get("/counter").then().statusCode(303);
        assertThat(FloorClient.refusedWithCookie(floor.center, SessionCookies.SESSION + "=" + expired)).isEqualTo(401);
    }

    @Test
    void shouldRefuseTheSignInFormPostedFromAnotherSite() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");

        Response forged = given().redirects().follow(false).header("Origin", "https://evil.example")
                .contentType(ContentType.URLENC).formParam("username", officer)
                .formParam("password", Floor.STAFF_PASSWORD).post("/login");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.detailedCookie(SessionCookies.SESSION)).isNull();
        // a sandboxed frame on another site posts with an opaque origin; our own page never does
        // (Referrer-Policy same-origin), so "null" can only come from elsewhere: a sign-in forced
        // on a colleague's browser, into the forger's account
        Response sandboxed = given().redirects().follow(false).header("Origin", "null")
                .contentType(ContentType.URLENC).formParam("username", officer)
                .formParam("password", Floor.STAFF_PASSWORD).post("/login");
        assertThat(sandboxed.statusCode()).isEqualTo(403);
        assertThat(sandboxed.detailedCookie(SessionCookies.SESSION)).isNull();
    }

    @Test
    void shouldKeepTheGuidanceNoteOffEveryPublicSurface() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String note = "Bà Nguyễn Thị Hoa, 0912345678";
        String hallToken = KioskTestDevices.pair(floor, "HALL_SCREEN", null);
        var issued = floor.as(floor.user("GUIDE")).body(Map.of("field", "HT", "priority", "ELDERLY", "note", note))
                .post(floor.path("/tickets")).then().statusCode(201).extract().jsonPath();
        String id = issued.getString("id");
        String tracking = issued.getString("trackingToken");
        // staff who need it read it
        assertThat(Floor.asAdmin().get("/api/tickets/" + id).then().statusCode(200).extract().asString()).contains(note);

        FloorClient hall = FloorClient.connect(floor.center, hallToken, null);
        String snapshot = hall.next().toString();
        hall.close();
        assertThat(snapshot).contains("A001").doesNotContain("0912345678").doesNotContain("Hoa");
        assertThat(given().get("/api/track/" + tracking).then().statusCode(200).extract().asString())
                .contains("A001").doesNotContain("0912345678").doesNotContain("Hoa");
        assertThat(given().get(floor.path("/kiosk")).then().statusCode(200).extract().asString())
                .doesNotContain("0912345678");
        assertThat(Floor.asAdmin().get(floor.path("/events?after=0")).then().statusCode(200).extract().asString())
                .contains("A001").doesNotContain("0912345678");
    }

    private String storedPassword(String username) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement("select password from app_user where username = ?")) {
            q.setString(1, username);
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getString(1);
            }
        }
    }
}
