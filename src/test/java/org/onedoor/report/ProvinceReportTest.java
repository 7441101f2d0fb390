package org.onedoor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.report.ReportFiguresTest.figures;
import static org.onedoor.report.ReportFiguresTest.group;
import static org.onedoor.report.ReportFiguresTest.rate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Sessions;
import org.onedoor.testing.TestClock;

/**
 * The province's report of every center: one row per commune's center, a silent one too, beside
 * the tables by field, counter and officer. Three centers of one morning, every figure known:
 * <ul>
 * <li>Tân Phong: A001 and A002 issued 08:00; counter 1 calls A001 08:02, starts 08:03, done 08:07
 * (rated very satisfied); calls A002 08:10, starts at once, done 08:16. Waits 2 and 10 minutes,
 * services 4 and 6.</li>
 * <li>Tà Xùa: A001 issued 08:00, called 08:05, a no-show.</li>
 * <li>Mường Khoa: nobody came.</li>
 * </ul>
 */
@QuarkusTest
class ProvinceReportTest {

    /** Thursday 26 November 2026, 08:00 in Vietnam: a day no other report test uses. */
    static final Instant EIGHT_O_CLOCK = Instant.parse("2026-11-26T01:00:00Z");
    static final String DAY = "2026-11-26";
    static final String ALL = "/api/reports?from=" + DAY + "&to=" + DAY;

    @Inject
    TestClock clock;

    // one morning for every test: each asks for the same day's figures, and changes nothing
    static Floor tanPhong;
    static Floor taXua;
    static Floor muongKhoa;
    static boolean morningDone;

    @BeforeEach
    void morning() {
        if (morningDone) {
            return;
        }
        clock.freezeAt(EIGHT_O_CLOCK);
        try {
            script();
            morningDone = true;
        } finally {
            clock.unfreeze();
        }
    }

    private void script() {
        tanPhong = center("Trung tâm Phục vụ hành chính công xã Tân Phong, tỉnh Lai Châu");
        taXua = center("Trung tâm Phục vụ hành chính công xã Tà Xùa");
        // a name without the usual words is kept whole
        muongKhoa = center("UBND xã Mường Khoa");
        String a001 = tanPhong.issue("HT").getString("id");
        String a002 = tanPhong.issue("HT").getString("id");
        String b001 = taXua.issue("HT").getString("id");
        at(2);
        assertThat(tanPhong.callNext(1).getString("id")).isEqualTo(a001);
        at(3);
        Floor.asAdmin().post("/api/tickets/" + a001 + "/start").then().statusCode(200);
        at(5);
        assertThat(taXua.callNext(1).getString("id")).isEqualTo(b001);
        Floor.asAdmin().post("/api/tickets/" + b001 + "/recall").then().statusCode(200);
        Floor.asAdmin().post("/api/tickets/" + b001 + "/no-show").then().statusCode(200);
        at(7);
        Floor.asAdmin().post("/api/tickets/" + a001 + "/complete").then().statusCode(200);
        rate(tanPhong, 1, a001, "VERY_SATISFIED");
        at(10);
        assertThat(tanPhong.callNext(1).getString("id")).isEqualTo(a002);
        Floor.asAdmin().post("/api/tickets/" + a002 + "/start").then().statusCode(200);
        at(16);
        Floor.asAdmin().post("/api/tickets/" + a002 + "/complete").then().statusCode(200);
    }

    @Test
    void shouldGiveEveryCenterItsOwnRowOfFiguresInTheProvinceReport() {
        JsonPath report = Floor.asAdmin().get(ALL).then().statusCode(200).extract().jsonPath();

        assertThat(group(report, "byCenter", tanPhong.center)).containsAllEntriesOf(figures(2, 2, 6.0, 9.2, 5.0, 5.8, 1, 0, 0))
                .containsEntry("name", "Xã Tân Phong, tỉnh Lai Châu");
        assertThat(group(report, "byCenter", taXua.center)).as("called once, and nobody came")
                .containsEntry("name", "Xã Tà Xùa").containsEntry("tickets", 1).containsEntry("served", 0)
                .containsEntry("avgWaitMinutes", 5.0f).containsEntry("avgServiceMinutes", null);
        // each center's counter 1 on its own row, named with its center's short name
        assertThat(group(report, "byCounter", tanPhong.center + " 1")).containsEntry("tickets", 2)
                .containsEntry("name", "Xã Tân Phong, tỉnh Lai Châu · Quầy 1");
        assertThat(group(report, "byCounter", taXua.center + " 1")).containsEntry("tickets", 1)
                .containsEntry("name", "Xã Tà Xùa · Quầy 1");
        assertThat(group(report, "byOfficer", taXua.center + " admin")).containsEntry("tickets", 1);
        // every center's tickets are in the totals: the rows add up to them
        assertThat(report.getList("byCenter.tickets", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(report.getInt("totals.issued"));
    }

    @Test
    void shouldListEveryCenterInTheProvinceReportEvenWithoutTickets() {
        JsonPath report = Floor.asAdmin().get(ALL).then().statusCode(200).extract().jsonPath();

        Map<String, Object> silent = group(report, "byCenter", muongKhoa.center);
        assertThat(silent).containsEntry("name", "UBND xã Mường Khoa").containsAllEntriesOf(Map.of("tickets", 0, "served", 0,
                "verySatisfied", 0, "satisfied", 0, "unsatisfied", 0));
        assertThat(silent.get("avgWaitMinutes")).as("nothing measured: no figure, not a zero wait").isNull();
        assertThat(silent.get("p90ServiceMinutes")).isNull();
        List<String> codes = report.getList("byCenter.key");
        assertThat(codes).as("in the order of their codes").isSorted()
                .contains(tanPhong.center, taXua.center, muongKhoa.center).doesNotHaveDuplicates();
    }

    @Test
    void shouldLeaveTheCenterTableOutOfOneCentersReport() {
        Floor.asAdmin().get("/api/reports?center=" + tanPhong.center + "&from=" + DAY + "&to=" + DAY).then().statusCode(200)
                .body("byCenter.size()", org.hamcrest.Matchers.is(0)).body("byCounter[0].key", org.hamcrest.Matchers.is("1"));
        String csv = Floor.asAdmin().get("/api/reports/csv?center=" + tanPhong.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).extract().asString();
        assertThat(csv).doesNotContain("\ncenter,");
        Response admin = Sessions.signIn(Floor.ADMIN, Floor.ADMIN_PASSWORD, null);
        assertThat(Sessions.as(admin).get("/reports?center=" + tanPhong.center + "&from=" + DAY).then().statusCode(200)
                .extract().asString()).contains("id=\"by-field\"").doesNotContain("id=\"by-center\"", "Theo trung tâm");
    }

    @Test
    void shouldExportEveryCentersRowInCsvAndExcel() throws IOException {
        String csv = Floor.asAdmin().get("/api/reports/csv?from=" + DAY + "&to=" + DAY).then().statusCode(200).extract().asString();

        assertThat(csv).contains("center," + tanPhong.center + ",\"Xã Tân Phong, tỉnh Lai Châu\",2,2,6.0,9.2,5.0,5.8,1,0,0",
                "center," + muongKhoa.center + ",UBND xã Mường Khoa,0,0,,,,,0,0,0");
        assertThat(csv.indexOf("\ncenter,")).as("the centers before the fields").isLessThan(csv.indexOf("\nfield,"));
        byte[] xlsx = Floor.asAdmin().get("/api/reports/xlsx?from=" + DAY + "&to=" + DAY + "&lang=en").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getFirstSheet().read().stream()
                    .filter(r -> "By center".equals(r.getCellText(0)) && taXua.center.equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(row.getCellText(2)).isEqualTo("Xã Tà Xùa");
            assertThat(row.getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(1);
            assertThat(row.getCellAsNumber(5).orElseThrow().doubleValue()).isEqualTo(5.0);
        }
    }

    @Test
    void shouldShowTheCentersTableFirstOnTheProvincePage() {
        Response admin = Sessions.signIn(Floor.ADMIN, Floor.ADMIN_PASSWORD, null);

        String page = Sessions.as(admin).get("/reports?from=" + DAY + "&to=" + DAY).then().statusCode(200).extract().asString();

        assertThat(page).contains("<h2>Theo trung tâm</h2>", "<tr><th>Xã Tân Phong, tỉnh Lai Châu</th><td>2</td><td>2</td><td>6</td>",
                "<tr><th>UBND xã Mường Khoa</th><td>0</td><td>0</td><td>–</td>",
                // each counter says whose it is: every commune has its "Quầy 1"
                "<tr><th>Xã Tà Xùa · Quầy 1</th><td>1</td><td>0</td>");
        assertThat(page.indexOf("id=\"by-center\"")).isPositive().isLessThan(page.indexOf("id=\"by-field\""));
        assertThat(Sessions.as(admin).get("/reports?from=" + DAY + "&to=" + DAY + "&lang=en").then().statusCode(200).extract()
                .asString()).contains("<h2>By center</h2>");
        // days nobody came anywhere: the centers' rows are still there, with zeros, and the note says so
        assertThat(Sessions.as(admin).get("/reports?from=2019-01-01&to=2019-01-01").then().statusCode(200).extract().asString())
                .contains("Không trung tâm nào cấp số trong những ngày này", "<tr><th>Xã Tà Xùa</th><td>0</td>");
    }

    private Floor center(String name) {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        Floor.asAdmin().body(Map.of("name", name)).patch("/api/centers/" + floor.center).then().statusCode(200);
        return floor;
    }

    private void at(int minutesPastEight) {
        clock.freezeAt(EIGHT_O_CLOCK.plus(Duration.ofMinutes(minutesPastEight)));
    }
}
