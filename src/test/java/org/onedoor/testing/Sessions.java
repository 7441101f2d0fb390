package org.onedoor.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Signs staff in through the /login form, as a browser does, and acts with their cookies. */
public final class Sessions {

    public static final String SESSION = "onedoor-session";
    public static final String CSRF = "onedoor-csrf";

    private Sessions() {
    }

    /** The answer to the sign-in form (303 and cookies when it worked). */
    public static Response signIn(String username, String password, String next) {
        // UTF-8 as a browser sends the form (RestAssured's default is ISO-8859-1): passwords have diacritics
        RequestSpecification form = given().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("username", username).formParam("password", password);
        if (next != null) {
            form.formParam("next", next);
        }
        return form.post("/login");
    }

    /** Requests with the session's cookies (add the X-CSRF-Token header for a change). */
    public static RequestSpecification as(Response signedIn) {
        return given().redirects().follow(false).cookie(SESSION, signedIn.cookie(SESSION)).cookie(CSRF, signedIn.cookie(CSRF));
    }

    /** Posts the sign-out form with the session's cookies and its CSRF token, as the page does. */
    public static Response signOut(Response signedIn) {
        return as(signedIn).contentType(ContentType.URLENC).formParam("csrf", signedIn.cookie(CSRF)).post("/login/out");
    }

    /** Signs in through the form in a browser, and waits until it has landed on {@code next}. */
    public static void signIn(Page page, String username, String next) {
        signIn(page, RestAssured.port, username, next);
    }

    /** The same through {@code port}: a {@link TcpProxy} in front of the server, say. */
    public static void signIn(Page page, int port, String username, String next) {
        page.browser.manage().deleteAllCookies();
        page.browser.get("http://127.0.0.1:" + port + "/login?next=" + next);
        page.browser.findElement(By.id("username")).sendKeys(username);
        page.browser.findElement(By.id("password")).sendKeys(Floor.STAFF_PASSWORD, Keys.ENTER);
        // the sign-in page's own address names next too: landed is off it
        page.waitUntil(Duration.ofSeconds(15), () -> {
            String url = page.browser.getCurrentUrl();
            return url.contains(next) && !url.contains("/login");
        });
    }
}
