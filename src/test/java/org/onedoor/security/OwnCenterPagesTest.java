package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Sessions;

/**
 * A manager's or officer's pages show their own center whatever ?center= names: a link shared by
 * a colleague of another commune must not show them their own center's page as if it were the
 * other's, so the page says so.
 */
@QuarkusTest
class OwnCenterPagesTest {

    @Test
    void shouldTellAManagerWhoNamesAnotherCenterThatTheAdministrationPageIsTheirOwn() {
        Floor floor = Floor.create();
        Response manager = Sessions.signIn(floor.user("MANAGER"), Floor.STAFF_PASSWORD, null);

        assertThat(Sessions.as(manager).get("/admin?center=ELSEWHERE").then().statusCode(200).extract().asString())
                .contains("data-center=\"" + floor.center + "\"", "<p id=\"other-center\" class=\"note\">Chỉ quản trị viên mới"
                        + " mở được trang của trung tâm khác (ELSEWHERE); đây là trang của trung tâm " + floor.center + ".</p>");
        assertThat(Sessions.as(manager).get("/admin?center=ELSEWHERE&lang=en").then().statusCode(200).extract().asString())
                .contains("id=\"other-center\" class=\"note\">Only administrators can open another center&#39;s pages (ELSEWHERE);"
                        + " this is center " + floor.center + "&#39;s page.</p>");
        // what is no center's code is not echoed: a link's own words would read as the server's
        assertThat(Sessions.as(manager).get("/admin?center=<b>closed, call 0912</b>").then().statusCode(200).extract().asString())
                .contains("id=\"other-center\" class=\"note\">Chỉ quản trị viên mới mở được trang của trung tâm khác;"
                        + " đây là trang của trung tâm " + floor.center + ".</p>")
                .doesNotContain("closed, call 0912");
        assertThat(Sessions.as(manager).get("/admin").then().statusCode(200).extract().asString()).doesNotContain("other-center\"");
        assertThat(Sessions.as(manager).get("/admin?center=" + floor.center.toLowerCase()).then().statusCode(200).extract().asString())
                .doesNotContain("other-center\"");
    }

    @Test
    void shouldTellAnOfficerWhoNamesAnotherCenterThatTheWorkspaceIsTheirOwn() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Response officer = Sessions.signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null);

        assertThat(Sessions.as(officer).get("/counter?center=ELSEWHERE").then().statusCode(200).extract().asString())
                .contains("data-center=\"" + floor.center + "\"", "<p id=\"other-center\" class=\"banner info\">Chỉ quản trị viên"
                        + " mới mở được trang của trung tâm khác (ELSEWHERE); đây là trang của trung tâm " + floor.center + ".</p>");
        assertThat(Sessions.as(officer).get("/counter").then().statusCode(200).extract().asString()).doesNotContain("other-center\"");
    }

    @Test
    void shouldShowAnAdministratorTheCenterNamedWithoutANote() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Response admin = Sessions.signIn(Floor.ADMIN, Floor.ADMIN_PASSWORD, null);

        assertThat(Sessions.as(admin).get("/admin?center=" + floor.center).then().statusCode(200).extract().asString())
                .contains("data-center=\"" + floor.center + "\"").doesNotContain("other-center\"");
        assertThat(Sessions.as(admin).get("/counter?center=" + floor.center).then().statusCode(200).extract().asString())
                .contains("data-center=\"" + floor.center + "\"").doesNotContain("other-center\"");
    }
}
