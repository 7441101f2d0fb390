package org.onedoor.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Sessions;

/** The server's bare address leads somewhere: the README sends a newcomer there first. */
@QuarkusTest
class RootAddressTest {

    @Test
    void shouldSendAVisitorToTheSignInForm() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void shouldSendSignedInStaffToTheirOwnPage() {
        Floor floor = Floor.create();
        Response officer = Sessions.signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null);
        Response guide = Sessions.signIn(floor.user("GUIDE"), Floor.STAFF_PASSWORD, null);

        Sessions.as(officer).redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/counter"));
        Sessions.as(guide).redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/kiosk/guide.html"));
    }
}
