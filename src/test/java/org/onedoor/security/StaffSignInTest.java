package org.onedoor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.Sessions;

@QuarkusTest
class StaffSignInTest {

    @Inject
    StaffSignOuts signOuts;

    @Test
    void shouldSignInWithTheFormAndOpenTheWorkspace() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER");

        Response signedIn = signIn(officer, Floor.STAFF_PASSWORD, null);

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/counter");
        assertThat(signedIn.detailedCookie(SessionCookies.SESSION).isHttpOnly()).isTrue();
        assertThat(signedIn.detailedCookie(SessionCookies.SESSION).getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(signedIn.detailedCookie(SessionCookies.CSRF).isHttpOnly()).isFalse();
        String page = as(signedIn).get("/counter").then().statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Frame-Options", is("DENY")).extract().asString();
        assertThat(page).contains("Gọi số tiếp theo", "data-center=\"" + floor.center + "\"", officer);
        as(signedIn).get("/api/me").then().statusCode(200).body("username", is(officer)).body("center", is(floor.center));
    }

    @Test
    void shouldSendAnAnonymousVisitorToSignInAndRefuseAWrongPassword() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");

        given().redirects().follow(false).get("/counter").then().statusCode(303)
                .header("Location", containsString("/login?next=%2Fcounter"));
        given().get("/login").then().statusCode(200).body(containsString("Mật khẩu"));
        given().get("/login?lang=en").then().statusCode(200).body(containsString("Password"));
        Response wrong = signIn(officer, "not-the-password", "/counter");
        assertThat(wrong.header("Location")).endsWith("/login?error=1&next=%2Fcounter").doesNotContain(officer);
        assertThat(wrong.detailedCookie(SessionCookies.SESSION)).isNull();
        // the form it goes back to keeps the name typed (in a cookie of the sign-in page, not in its
        // address, where a password typed in the wrong box would stay), and waits in the password box
        String typed = wrong.cookie(LoginPage.TYPED_NAME);
        assertThat(wrong.detailedCookie(LoginPage.TYPED_NAME).getPath()).isEqualTo("/login");
        given().cookie(LoginPage.TYPED_NAME, typed).get("/login?error=1&next=%2Fcounter").then().statusCode(200)
                .body(containsString("name=\"username\" autocomplete=\"username\" autocapitalize=\"off\" required value=\"" + officer + "\">"),
                        containsString("autocomplete=\"current-password\" required autofocus>"));
        given().cookie(LoginPage.TYPED_NAME, typed).get("/login").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("value=\"" + officer + "\"")));
        given().cookie(LoginPage.TYPED_NAME, "%3Cb%3E%20x").get("/login?error=1").then().statusCode(200)
                .body(containsString("value=\"&lt;b&gt; x\""));
        // back to the very address asked for, its center too, with the form in the language it asked
        // for (the form keeps it: a switch made on the form is not undone by the page after it)
        given().redirects().follow(false).get("/admin?center=" + floor.center + "&lang=en").then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fadmin%3Fcenter%3D" + floor.center + "&lang=en"));
        assertThat(signIn(floor.user("MANAGER"), Floor.STAFF_PASSWORD, "/admin?center=" + floor.center)
                .header("Location")).endsWith("/admin?center=" + floor.center);
        // a page this user may not open (the last user's, on a shared desk): their own landing instead
        assertThat(signIn(floor.user("GUIDE"), Floor.STAFF_PASSWORD, "/counter").header("Location")).endsWith("/kiosk/guide.html");
        assertThat(signIn(officer, Floor.STAFF_PASSWORD, "/reports/now").header("Location")).endsWith("/counter");
        assertThat(signIn(officer, Floor.STAFF_PASSWORD, "/counter/../%61dmin;x").header("Location")).as("read as routed")
                .endsWith("/counter");
        assertThat(signIn(officer, Floor.STAFF_PASSWORD, "/help").header("Location")).as("no staff page: theirs to try").endsWith("/help");
        // a "next" elsewhere is ignored: sign-in never sends anyone off this server
        assertThat(signIn(officer, Floor.STAFF_PASSWORD, "//evil.example/x").header("Location")).endsWith("/counter");
        assertThat(signIn(officer, Floor.STAFF_PASSWORD, "/a b\u0007").header("Location")).endsWith("/counter");
    }

    @Test
    void shouldRefuseAChangeWithoutTheSessionsCsrfToken() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Response officer = signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null);
        String csrf = officer.cookie(SessionCookies.CSRF);

        as(officer).post(floor.path("/counters/1/open")).then().statusCode(403).contentType("application/problem+json");
        as(officer).header(SessionCookies.CSRF_HEADER, "guess").post(floor.path("/counters/1/open")).then().statusCode(403);
        as(officer).header(SessionCookies.CSRF_HEADER, csrf).post(floor.path("/counters/1/open")).then().statusCode(200)
                .body("state", is("OPEN"));
    }

    /**
     * A browser that once answered its own password box keeps sending that Basic password, with
     * any site's form too: a change a browser says came from another site is refused. API clients
     * send no Sec-Fetch-Site and are not affected.
     */
    @Test
    void shouldRefuseABasicSignedChangeThatAnotherSiteSent() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String manager = floor.user("MANAGER");

        floor.as(manager).header("Sec-Fetch-Site", "cross-site").post(floor.path("/counters/1/open")).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("another web site"));
        floor.as(manager).header("Sec-Fetch-Site", "same-site").post(floor.path("/counters/1/open")).then().statusCode(403);
        Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200).body("[0].state", is("CLOSED"));
        floor.as(manager).header("Sec-Fetch-Site", "same-origin").post(floor.path("/counters/1/open")).then().statusCode(200);
        floor.as(manager).post(floor.path("/counters/1/close")).then().statusCode(200).body("state", is("CLOSED"));
    }

    @Test
    void shouldKeepEachRoleToItsOwnWork() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        Response guide = signIn(floor.user("GUIDE"), Floor.STAFF_PASSWORD, null);

        assertThat(guide.header("Location")).endsWith("/kiosk/guide.html");
        as(guide).get("/counter").then().statusCode(403);
        as(guide).header(SessionCookies.CSRF_HEADER, guide.cookie(SessionCookies.CSRF))
                .post(floor.path("/counters/1/call-next")).then().statusCode(403);
        as(guide).header(SessionCookies.CSRF_HEADER, guide.cookie(SessionCookies.CSRF)).contentType(ContentType.JSON)
                .body(Map.of("field", "HT")).post(floor.path("/tickets")).then().statusCode(201);
        given().post(floor.path("/counters/1/call-next")).then().statusCode(401);
    }

    @Test
    void shouldNotTrustAnAlteredCookieAndShouldSignOut() {
        Floor floor = Floor.create();
        Response officer = signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null);
        String cookie = officer.cookie(SessionCookies.SESSION);
        String forged = cookie.substring(0, cookie.indexOf('.')) + "." + "A".repeat(43);

        given().cookie(SessionCookies.SESSION, forged).get("/api/me").then().statusCode(401);
        as(officer).get("/api/me").then().statusCode(200);
        as(officer).redirects().follow(false).contentType(ContentType.URLENC).formParam("csrf", "wrong")
                .post("/login/out").then().statusCode(403);
        Response out = as(officer).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf", officer.cookie(SessionCookies.CSRF)).post("/login/out");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.detailedCookie(SessionCookies.SESSION).getMaxAge()).isZero();
        // a copy of the cookie kept after signing out opens nothing, and does not lock the sign-in page
        as(officer).get("/api/me").then().statusCode(401);
        as(officer).get("/login").then().statusCode(200);
    }

    /**
     * A counter page whose session was ended elsewhere must send its officer to /login: a Basic
     * challenge would make the browser pop up its own password box instead.
     */
    @Test
    void shouldNotChallengeAPageWhoseSessionEndedToTheBrowsersOwnPasswordBox() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String officer = floor.user("OFFICER");
        Response counterPage = signIn(officer, Floor.STAFF_PASSWORD, null);
        Sessions.signOut(signIn(officer, Floor.STAFF_PASSWORD, null)).then().statusCode(303); // signed out on the phone

        assertThat(as(counterPage).get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .extract().header("WWW-Authenticate")).isNull();
        assertThat(as(counterPage).header(SessionCookies.CSRF_HEADER, counterPage.cookie(SessionCookies.CSRF))
                .post(floor.path("/counters/1/call-next")).then().statusCode(401).extract().header("WWW-Authenticate")).isNull();
        assertThat(given().post(floor.path("/counters/1/call-next")).then().statusCode(401).extract().header("WWW-Authenticate"))
                .as("an API client is still told how to sign in").startsWith("Basic");
    }

    /** bcrypt reads 72 bytes; a Vietnamese passphrase of 40 letters is well over, and its tail would never count. */
    @Test
    void shouldRefuseAPasswordBcryptWouldCutShort() {
        Floor floor = Floor.create();
        String tooLong = "Mật khẩu dài của trung tâm hành chính xã ở Điện Biên năm";
        assertThat(tooLong.length()).as("characters").isEqualTo(56);
        assertThat(tooLong.getBytes(java.nio.charset.StandardCharsets.UTF_8)).as("bytes").hasSize(74);
        String detail = Floor.asAdmin().body(Map.of("username", "long.pass", "password", tooLong, "roles", List.of("OFFICER"),
                "center", floor.center, "displayName", "Cán bộ")).post("/api/users").then().statusCode(400)
                .contentType("application/problem+json").extract().path("detail");
        assertThat(detail).contains("72 bytes");
        String ascii = "x".repeat(72);
        String username = "ascii." + java.util.UUID.randomUUID().toString().substring(0, 8);
        Floor.asAdmin().body(Map.of("username", username, "password", ascii, "roles", List.of("OFFICER"),
                "center", floor.center, "displayName", "Cán bộ")).post("/api/users").then().statusCode(201);
        as(signIn(username, ascii, null)).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldOpenTheFloorSocketForTheCentersSignedInStaffOnly() {
        Floor mine = Floor.create();
        Floor other = Floor.create();
        Response officer = signIn(mine.user("OFFICER"), Floor.STAFF_PASSWORD, null);
        String cookie = SessionCookies.SESSION + "=" + officer.cookie(SessionCookies.SESSION);

        assertThat(FloorClient.connectWithCookie(mine.center, cookie).next().get("type").asText()).isEqualTo("Snapshot");
        assertThat(FloorClient.refusedWithCookie(other.center, cookie)).isEqualTo(403);
        assertThat(FloorClient.refusedWithCookie(mine.center, SessionCookies.SESSION + "=forged.x")).isEqualTo(401);
    }

    @Test
    void shouldCloseTheFloorSocketsOfTheSessionsASignOutEnds() throws Exception {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        Response desk = signIn(officer, Floor.STAFF_PASSWORD, null);
        Response colleague = signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null);
        FloorClient deskSocket = FloorClient.connectWithCookie(floor.center, SessionCookies.SESSION + "=" + desk.cookie(SessionCookies.SESSION));
        FloorClient colleagueSocket = FloorClient.connectWithCookie(floor.center,
                SessionCookies.SESSION + "=" + colleague.cookie(SessionCookies.SESSION));
        deskSocket.next();
        colleagueSocket.next();

        Response phone = signIn(officer, Floor.STAFF_PASSWORD, null); // the same officer, elsewhere
        Sessions.signOut(phone).then().statusCode(303);

        assertThat(deskSocket.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(4003);
        assertThat(FloorClient.refusedWithCookie(floor.center, SessionCookies.SESSION + "=" + desk.cookie(SessionCookies.SESSION)))
                .isEqualTo(401);
        assertThat(colleagueSocket.closeCode).as("another officer's socket stays").isNotDone();
        Response again = signIn(officer, Floor.STAFF_PASSWORD, null);
        assertThat(FloorClient.connectWithCookie(floor.center, SessionCookies.SESSION + "=" + again.cookie(SessionCookies.SESSION))
                .next().get("type").asText()).as("a new session opens it again").isEqualTo("Snapshot");
    }

    /** Taking effect without the database's sign-out stands for one that came after the socket's handshake. */
    @Test
    void shouldCloseAStaffSocketSignedOutBetweenItsHandshakeAndItsRegistration() throws Exception {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        Response desk = signIn(officer, Floor.STAFF_PASSWORD, null);

        signOuts.takeEffect(officer, Integer.MAX_VALUE);
        FloorClient socket = FloorClient.connectWithCookie(floor.center, SessionCookies.SESSION + "=" + desk.cookie(SessionCookies.SESSION));

        assertThat(socket.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(4003);
    }

    static Response signIn(String username, String password, String next) {
        return Sessions.signIn(username, password, next);
    }

    static RequestSpecification as(Response signedIn) {
        return Sessions.as(signedIn);
    }
}
