package org.onedoor.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page names its icon: without one the browser asked for /favicon.ico on each load, a 404
 * in every log and a blank tab on the staff's PCs.
 */
@QuarkusTest
class PageIconTest {

    static final String ICON_LINK = "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">";

    @Test
    void shouldNameTheIconOnEveryPageAndServeIt() {
        for (String page : List.of("/kiosk/", "/kiosk/guide.html", "/kiosk/track.html", "/display/", "/display/hall.html",
                "/display/counter.html", "/login", "/no-such-page")) {
            given().accept("text/html").get(page).then().body(containsString(ICON_LINK));
        }
        given().get("/favicon.svg").then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .body(startsWith("<svg"));
        // what a browser asks for when the page named none (an API answer opened in a tab)
        given().redirects().follow(false).get("/favicon.ico").then().statusCode(301).header("Location", endsWith("/favicon.svg"));
    }
}
