package org.onedoor.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Signs staff in through the /login form, as a browser does, and acts with their cookies. */
public final class Sessions {

    public static final String SESSION = "onedoor-session";
    public static final String CSRF = "onedoor-csrf";

    private Sessions() {
    }

    /** The answer to the sign-in form (303 and cookies when it worked). */
    public static Response signIn(String username, String password, String next) {
        RequestSpecification form = given().redirects().follow(false).contentType(ContentType.URLENC)
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
}
