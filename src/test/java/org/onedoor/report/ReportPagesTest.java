package org.onedoor.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Sessions;

/** The server-rendered report pages, with the session of each role. */
@QuarkusTest
class ReportPagesTest {

    @Test
    void shouldShowTheCentersFiguresToItsManagerOnly() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        floor.serve(floor.callNext(1).getString("id"));
        Response manager = Sessions.signIn(floor.user("MANAGER"), Floor.STAFF_PASSWORD, null);
        Response officer = Sessions.signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null);

        Sessions.as(manager).get("/reports").then().statusCode(200)
                .body(containsString("Theo lĩnh vực"), containsString("Lĩnh vực HT"), containsString("<b id=\"issued\">1</b>"),
                        containsString("/api/reports/xlsx?center=" + floor.center));
        Sessions.as(manager).get("/reports?lang=en").then().statusCode(200).body(containsString("By field"));
        Sessions.as(manager).get("/reports/now").then().statusCode(200).body(containsString(floor.center));
        Sessions.as(officer).get("/reports").then().statusCode(403);
        given().redirects().follow(false).get("/reports").then().statusCode(303)
                .header("Location", containsString("/login?next=%2Freports"));
    }
}
