package org.onedoor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Sessions;
import org.onedoor.testing.TestClock;

/** The server-rendered report pages, with the session of each role. */
@QuarkusTest
class ReportPagesTest {

    @Inject
    TestClock clock;

    @Test
    void shouldShowTheCentersFiguresToItsManagerOnly() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        // a quarter of a minute's wait exactly: a figure with decimals, not moved by a slow machine
        clock.freezeAt(clock.instant());
        floor.issue("HT");
        clock.advance(Duration.ofSeconds(15));
        String called = floor.callNext(1).getString("id");
        clock.unfreeze();
        floor.serve(called);
        floor.issue("HT"); // still waiting: the totals say so, and add up to the issued
        Response manager = Sessions.signIn(floor.user("MANAGER"), Floor.STAFF_PASSWORD, null);
        Response officer = Sessions.signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null);

        Sessions.as(manager).get("/reports").then().statusCode(200)
                .body(containsString("Theo lĩnh vực"), containsString("Lĩnh vực HT"), containsString("<b id=\"issued\">2</b>"),
                        containsString("<b id=\"served\">1</b>"), containsString("<b id=\"unfinished\">1</b> Chưa xong (đang chờ hoặc ở quầy)"),
                        containsString("/api/reports/xlsx?center=" + floor.center),
                        // the center by its name in the header, not its code
                        containsString("<span>Trung tâm thử " + floor.center + "</span>"),
                        // the channel by its name, not its code (the test issues as an API client)
                        containsString("Hệ thống khác (API): <b>2</b>"),
                        // the hour's count written above its bar: a tablet has no hover for the bar's title
                        matchesPattern("(?s).*<text class=\"count\" x=\"\\d+\" y=\"\\d+\" text-anchor=\"middle\">[12]</text>.*"),
                        not(matchesPattern("(?s).*<text class=\"count\"[^>]*>0</text>.*")));
        Sessions.as(manager).get("/reports?lang=en").then().statusCode(200).body(containsString("By field"),
                containsString("Other systems (API): <b>2</b>"));
        // days no report is made for: the refusal in the page's words, the days asked for kept in the
        // form to be mended, and no figures (today's, under those days, would be misread)
        assertThat(Sessions.as(manager).get("/reports?from=2026-12-10&to=2026-12-01").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString())
                .contains("<p class=\"problem\" role=\"alert\" id=\"problem\">Hãy chọn &quot;Từ ngày&quot; không sau &quot;Đến ngày&quot;",
                        "id=\"from\" name=\"from\" type=\"date\" value=\"2026-12-10\"", "id=\"to\" name=\"to\" type=\"date\" value=\"2026-12-01\"")
                .doesNotContain("id=\"issued\"", "/api/reports/csv");
        // a To alone is measured from today, which the form then shows rather than an empty From
        assertThat(Sessions.as(manager).get("/reports?to=2020-01-01").then().statusCode(200).extract().asString())
                .contains("id=\"problem\">", "id=\"to\" name=\"to\" type=\"date\" value=\"2020-01-01\"")
                .containsPattern("id=\"from\" name=\"from\" type=\"date\" value=\"\\d{4}-\\d{2}-\\d{2}\"");
        assertThat(Sessions.as(manager).get("/reports?from=soon&lang=en").then().statusCode(200).extract().asString())
                .contains("id=\"problem\">&#39;soon&#39; is not a date like 2026-11-23.</p>");
        // their own center, so not called the province's dashboard
        assertThat(Sessions.as(manager).get("/reports/now").then().statusCode(200).body(containsString(floor.center)).extract().asString())
                .contains("<h1>Bảng theo dõi trung tâm</h1>").doesNotContain("toàn tỉnh");
        Floor.asAdmin().get("/reports/now").then().statusCode(200).body(containsString("<h1>Bảng theo dõi toàn tỉnh</h1>"));
        // minutes in the page's own way of writing them (LocalFigures): a decimal comma in Vietnamese
        String page = Sessions.as(manager).get("/reports?center=" + floor.center).then().statusCode(200).extract().asString();
        assertThat(page).contains("<td>0,25</td>").doesNotContainPattern("<td>\\d+\\.\\d+</td>");
        assertThat(Sessions.as(manager).get("/reports?lang=en&center=" + floor.center).then().extract().asString())
                .contains("<td>0.25</td>").doesNotContainPattern("<td>\\d+,\\d+</td>");
        // another center's report: theirs, and told so, not silently
        assertThat(Sessions.as(manager).get("/reports?center=ELSEWHERE").then().statusCode(200).extract().asString())
                .contains("id=\"other-center\" class=\"note\">Chỉ quản trị viên mới mở được trang của trung tâm khác (ELSEWHERE);"
                        + " đây là trang của trung tâm " + floor.center + ".</p>", "<b id=\"issued\">2</b>");
        assertThat(page).doesNotContain("id=\"other-center\"", "id=\"no-tickets\"");
        // days without a ticket: said, rather than empty tables under their headings
        assertThat(Sessions.as(manager).get("/reports?from=2025-01-01&to=2025-01-02").then().statusCode(200).extract().asString())
                .contains("<p class=\"note\" id=\"no-tickets\">Không có số nào được cấp trong những ngày này");
        assertThat(Sessions.as(manager).get("/reports?center=ELSEWHERE&from=soon").then().statusCode(200).extract().asString())
                .contains("id=\"other-center\" class=\"note\">Chỉ quản trị viên mới mở được trang của trung tâm khác (ELSEWHERE)",
                        "id=\"problem\">");
        Sessions.as(officer).get("/reports").then().statusCode(403);
        given().redirects().follow(false).get("/reports").then().statusCode(303)
                .header("Location", containsString("/login?next=%2Freports"));
    }

    @Test
    void shouldOpenOnTheCentersOwnDayInItsTimeZone() {
        Floor floor = Floor.create();
        Floor.asAdmin().contentType(ContentType.JSON).body(Map.of("timeZone", "Pacific/Pago_Pago"))
                .patch("/api/centers/" + floor.center).then().statusCode(200);
        // 20:00 UTC: 09:00 of that day in Pago Pago (UTC-11), already 03:00 of the next in Hà Nội
        LocalDate pagoPagoDay = LocalDate.now(ZoneOffset.UTC);
        clock.freezeAt(pagoPagoDay.atTime(20, 0).toInstant(ZoneOffset.UTC));
        try {
            Response manager = Sessions.signIn(floor.user("MANAGER"), Floor.STAFF_PASSWORD, null);
            Sessions.as(manager).get("/reports").then().statusCode(200)
                    .body(containsString("id=\"from\" name=\"from\" type=\"date\" value=\"" + pagoPagoDay + "\""),
                            containsString("id=\"to\" name=\"to\" type=\"date\" value=\"" + pagoPagoDay + "\""));
        } finally {
            clock.unfreeze();
        }
    }

    @Test
    void shouldRefuseATimeZoneThatPostgresqlWouldReadBackwards() {
        Floor floor = Floor.create();
        // Java reads these as UTC+7; PostgreSQL's AT TIME ZONE, which the reports use, as UTC-7
        for (String offset : List.of("+07:00", "UTC+7", "GMT+07:00")) {
            Floor.asAdmin().contentType(ContentType.JSON).body(Map.of("timeZone", offset))
                    .patch("/api/centers/" + floor.center).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("Asia/Ho_Chi_Minh"));
        }
        Floor.asAdmin().contentType(ContentType.JSON).body(Map.of("timeZone", "Asia/Bangkok"))
                .patch("/api/centers/" + floor.center).then().statusCode(200).body("timeZone", is("Asia/Bangkok"));
    }
}
