package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Sessions;

/**
 * A manager signs in to the counter workspace and also runs the center's settings and reports:
 * each of their pages links to the others. An officer, who has one page, sees no such links.
 */
@QuarkusTest
class StaffNavigationTest {

    @Test
    void shouldLinkAManagersPagesToEachOtherMarkingTheOneOpen() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Response manager = Sessions.signIn(floor.user("MANAGER"), Floor.STAFF_PASSWORD, null);

        String workspace = page(manager, "/counter");
        assertThat(workspace).contains("<nav class=\"pages\"",
                "<a href=\"/counter?center=" + floor.center + "\" aria-current=\"page\">Quầy làm việc</a>",
                "<a href=\"/admin?center=" + floor.center + "\">Quản trị</a>",
                "<a href=\"/reports?center=" + floor.center + "\">Báo cáo</a>", "<a href=\"/reports/now\">Bảng theo dõi</a>");
        assertThat(page(manager, "/reports?lang=en")).contains("aria-current=\"page\">Reports</a>", ">Administration</a>");
        assertThat(page(manager, "/reports/now")).contains("<a href=\"/reports/now\" aria-current=\"page\">");
        assertThat(page(manager, "/admin")).contains("<a href=\"/admin?center=" + floor.center + "\" aria-current=\"page\">");
    }

    @Test
    void shouldShowAnOfficerNoLinksToPagesTheyMayNotOpen() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Response officer = Sessions.signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null);

        assertThat(page(officer, "/counter")).doesNotContain("<nav class=\"pages\"", "href=\"/admin", "href=\"/reports");
    }

    @Test
    void shouldLinkAnAdministratorsPagesOfTheCenterTheyChose() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Response admin = Sessions.signIn(Floor.ADMIN, Floor.ADMIN_PASSWORD, null);

        assertThat(page(admin, "/admin?center=" + floor.center)).contains("<a href=\"/counter?center=" + floor.center + "\">",
                "<a href=\"/reports?center=" + floor.center + "\">");
        // the list of centers chooses none: the reports of them all, and no workspace, which is a center's
        String centers = page(admin, "/admin");
        String navigation = centers.substring(centers.indexOf("<nav class=\"pages\""), centers.indexOf("</nav>"));
        assertThat(navigation).contains("<a href=\"/reports\">").doesNotContain("href=\"/counter");
    }

    private static String page(Response signedIn, String path) {
        return Sessions.as(signedIn).get(path).then().statusCode(200).extract().body().asString();
    }
}
