package org.onedoor.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Sessions;
import org.onedoor.testing.TestClock;

/**
 * A scripted morning at a two-counter center, with every time known to the second, and every
 * figure of its report checked against what it must be.
 */
@QuarkusTest
class ReportFiguresTest {

    /** Monday 23 November 2026, 08:00 in Vietnam. */
    static final Instant EIGHT_O_CLOCK = Instant.parse("2026-11-23T01:00:00Z");
    static final String DAY = "2026-11-23";

    @Inject
    TestClock clock;

    Floor floor;
    String officer1;
    String officer2;

    @AfterEach
    void realTime() {
        clock.unfreeze();
    }

    /** Names are typed by each center's manager: in the province's CSV they must stay text, never formulas. */
    @Test
    void shouldNotLetANameRunAsASpreadsheetFormula() {
        clock.freezeAt(EIGHT_O_CLOCK);
        Floor center = Floor.create().field("HT", Map.of("names", Map.of("vi", "=1+1"), "prefix", "A"));
        Floor.asAdmin().body(Map.of("label", "@SUM(A1)", "fields", List.of("HT"))).put(center.path("/counters/1"))
                .then().statusCode(200);
        center.open(1);
        center.issue("HT");
        center.callNext(1);

        String csv = Floor.asAdmin().get("/api/reports/csv?center=" + center.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).extract().asString();

        assertThat(csv).contains("field,HT,'=1+1,1,", "counter,1,'@SUM(A1),1,").doesNotContain(",=1+1", ",@SUM");
    }

    /** The Excel file words the totals' and channels' codes; a field whose code looks like one keeps its code. */
    @Test
    void shouldWordOnlyTheCodesOfTotalsAndChannelsInTheExcelFile() throws IOException {
        clock.freezeAt(EIGHT_O_CLOCK);
        Floor center = Floor.create().fieldWithPrefix("API", "A", 10);
        center.issue("API");

        byte[] xlsx = Floor.asAdmin().get("/api/reports/xlsx?center=" + center.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).anyMatch(r -> "Theo lĩnh vực".equals(r.getCellText(0)) && "API".equals(r.getCellText(1)));
            assertThat(rows).anyMatch(r -> "Kênh lấy số".equals(r.getCellText(0)) && "Hệ thống khác (API)".equals(r.getCellText(1)));
            assertThat(rows).noneMatch(r -> "Theo lĩnh vực".equals(r.getCellText(0)) && "Hệ thống khác (API)".equals(r.getCellText(1)));
        }
    }

    /**
     * A manager knows officers by name, not by sign-in; fields come in the order the center set
     * (as on its kiosk), and in English when the report is asked for in English.
     */
    @Test
    void shouldNameOfficersAndFieldsAsTheCenterShowsThem() {
        clock.freezeAt(EIGHT_O_CLOCK);
        Floor center = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithBlock("CT", 2, 10).counter(1, "HT", "CT");
        // against the codes' order, so the old sort by code would fail
        Floor.asAdmin().body(Map.of("displayOrder", 1)).put(center.path("/fields/HT")).then().statusCode(200);
        Floor.asAdmin().body(Map.of("displayOrder", 2)).put(center.path("/fields/CT")).then().statusCode(200);
        String officer = "lan-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Floor.asAdmin().body(Map.of("username", officer, "password", Floor.STAFF_PASSWORD, "roles", List.of("OFFICER"),
                "center", center.center, "displayName", "Nguyễn Thị Lan")).post("/api/users").then().statusCode(201);
        center.as(officer).post(center.path("/counters/1/open")).then().statusCode(200);
        center.issue("HT");
        center.issue("CT");
        center.as(officer).post(center.path("/counters/1/call-next")).then().statusCode(200);

        JsonPath english = Floor.asAdmin().get("/api/reports?center=" + center.center + "&from=" + DAY + "&to=" + DAY + "&lang=en")
                .then().statusCode(200).extract().jsonPath();
        assertThat(english.getList("byField.key")).containsExactly("HT", "CT");
        assertThat(english.getList("byField.name")).as("CT has no English name").containsExactly("Field HT", "Lĩnh vực CT");
        assertThat(group(english, "byOfficer", officer)).containsEntry("name", "Nguyễn Thị Lan");
        JsonPath vietnamese = Floor.asAdmin().get("/api/reports?center=" + center.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).extract().jsonPath();
        assertThat(vietnamese.getList("byField.name")).containsExactly("Lĩnh vực HT", "Lĩnh vực CT");
    }

    /** Across centers every commune has its "Hộ tịch" and its "Quầy 1": each row says whose it is. */
    @Test
    void shouldNameEachRowsCenterInTheReportOfEveryCenter() {
        clock.freezeAt(EIGHT_O_CLOCK);
        Floor first = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        Floor second = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        first.issue("HT");
        second.issue("HT");
        first.callNext(1);
        second.callNext(1);
        String secondName = Floor.asAdmin().get("/api/centers/" + second.center).then().extract().path("name");

        JsonPath report = Floor.asAdmin().get("/api/reports?from=" + DAY + "&to=" + DAY).then().statusCode(200)
                .extract().jsonPath();

        assertThat(group(report, "byField", second.center + " HT")).containsEntry("name", secondName + " · Lĩnh vực HT");
        assertThat(group(report, "byCounter", second.center + " 1")).containsEntry("name", secondName + " · Quầy 1");
    }

    @Test
    void shouldReportTheScriptedMorningExactly() throws IOException {
        script();

        JsonPath report = Floor.asAdmin().get("/api/reports?center=" + floor.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getMap("totals")).isEqualTo(Map.of("issued", 5, "served", 3, "noShow", 1, "cancelled", 1, "unfinished", 0));
        assertThat(group(report, "byField", "HT")).containsAllEntriesOf(figures(3, 2, 6.0, 9.2, 11.0, 11.8, 1, 0, 0));
        assertThat(group(report, "byField", "CT")).containsAllEntriesOf(figures(2, 1, 4.5, 4.9, 5.0, 5.0, 0, 0, 1));
        assertThat(group(report, "byField", "HT")).containsEntry("name", "Lĩnh vực HT");
        assertThat(group(report, "byCounter", "1")).containsAllEntriesOf(figures(2, 2, 6.0, 9.2, 11.0, 11.8, 1, 0, 0));
        assertThat(group(report, "byCounter", "2")).containsAllEntriesOf(figures(2, 1, 4.5, 4.9, 5.0, 5.0, 0, 0, 1));
        assertThat(group(report, "byOfficer", officer1)).containsAllEntriesOf(figures(2, 2, 6.0, 9.2, 11.0, 11.8, 1, 0, 0));
        assertThat(group(report, "byOfficer", officer2)).containsAllEntriesOf(figures(2, 1, 4.5, 4.9, 5.0, 5.0, 0, 0, 1));
        assertThat(report.getList("byCounter")).hasSize(2);
        List<Integer> hours = report.getList("arrivalsPerHour");
        assertThat(hours.get(8)).isEqualTo(5);
        assertThat(hours.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(report.getMap("channels")).isEqualTo(Map.of("API", 4, "GUIDE_DESK", 1));

        String csv = Floor.asAdmin().get("/api/reports/csv?center=" + floor.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        // the byte order mark first: Excel then reads the Vietnamese names as UTF-8
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFsection,key,name,tickets,served,avg_wait_min");
        assertThat(csv).contains("field,HT,Lĩnh vực HT,3,2,6.0,9.2,11.0,11.8,1,0,0", "totals,issued,,5", "channel,GUIDE_DESK,,1");
        byte[] xlsx = Floor.asAdmin().get("/api/reports/xlsx?center=" + floor.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).extract().asByteArray();
        // for people, in the report's language: the CSV keeps its codes for other systems
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Báo cáo");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(6)).isEqualTo("Chờ P90 (phút)");
            Row ht = rows.stream().filter(r -> "HT".equals(r.getCellText(1)) && "Theo lĩnh vực".equals(r.getCellText(0)))
                    .findFirst().orElseThrow();
            assertThat(ht.getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(3);
            assertThat(ht.getCellAsNumber(6).orElseThrow().doubleValue()).isEqualTo(9.2);
            assertThat(rows).anyMatch(r -> "Bàn hướng dẫn".equals(r.getCellText(1)) && r.getCellAsNumber(3).orElseThrow().intValue() == 1);
        }
        byte[] english = Floor.asAdmin().get("/api/reports/xlsx?center=" + floor.center + "&from=" + DAY + "&to=" + DAY + "&lang=en")
                .then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Reports");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(6)).isEqualTo("P90 wait (min)");
            assertThat(rows).anyMatch(r -> "Totals".equals(r.getCellText(0)) && "No-show".equals(r.getCellText(1)));
        }
    }

    /**
     * 08:00 A001 (HT) issued; counter 1 calls it 08:02, starts 08:03 and at 08:08 sends it to CT;
     * counter 2 calls it 08:10, starts 08:11, done 08:15. Both counters worked on it: the first
     * counter's five minutes stay in its figures, and the citizen waited two minutes, then two more.
     */
    @Test
    void shouldCountEveryCountersWorkOnATransferredTicket() {
        clock.freezeAt(EIGHT_O_CLOCK);
        floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5).counter(1, "HT").counter(2, "CT");
        openCountersOneAndTwo();
        String a001 = floor.issue("HT").getString("id");
        at(2);
        call(officer1, 1, a001);
        at(3);
        act(officer1, a001, "start");
        at(8);
        floor.as(officer1).body(Map.of("field", "CT")).post("/api/tickets/" + a001 + "/transfer").then().statusCode(200);
        at(10);
        call(officer2, 2, a001);
        at(11);
        act(officer2, a001, "start");
        at(15);
        act(officer2, a001, "complete");

        JsonPath report = Floor.asAdmin().get("/api/reports?center=" + floor.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getMap("totals")).isEqualTo(Map.of("issued", 1, "served", 1, "noShow", 0, "cancelled", 0, "unfinished", 0));
        assertThat(group(report, "byField", "CT")).as("the citizen's wait: issue to first call")
                .containsAllEntriesOf(figures(1, 1, 2.0, 2.0, 4.0, 4.0, 0, 0, 0));
        assertThat(group(report, "byCounter", "1")).containsAllEntriesOf(figures(1, 1, 2.0, 2.0, 5.0, 5.0, 0, 0, 0));
        assertThat(group(report, "byCounter", "2")).as("waited from the transfer")
                .containsAllEntriesOf(figures(1, 1, 2.0, 2.0, 4.0, 4.0, 0, 0, 0));
        assertThat(group(report, "byOfficer", officer1)).containsAllEntriesOf(figures(1, 1, 2.0, 2.0, 5.0, 5.0, 0, 0, 0));
        assertThat(group(report, "byOfficer", officer2)).containsAllEntriesOf(figures(1, 1, 2.0, 2.0, 4.0, 4.0, 0, 0, 0));
    }

    /**
     * 08:00 A001 issued; 08:05 counter 1 calls it, recalls, and marks it a no-show at 08:06; 08:30
     * the citizen is back and counter 2 calls A001 by its code, starts 08:31, done 08:35. The citizen
     * waited five minutes for a call, not thirty, and counter 1's call stays in its figures.
     */
    @Test
    void shouldKeepTheFirstCallOfANoShowWhoCameBack() {
        clock.freezeAt(EIGHT_O_CLOCK);
        floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        openCountersOneAndTwo();
        String a001 = floor.issue("HT").getString("id");
        at(5);
        call(officer1, 1, a001);
        act(officer1, a001, "recall");
        at(6);
        act(officer1, a001, "no-show");
        at(30);
        floor.as(officer2).contentType(ContentType.JSON).body(Map.of("code", "A001"))
                .post(floor.path("/counters/2/call")).then().statusCode(200);
        at(31);
        act(officer2, a001, "start");
        at(35);
        act(officer2, a001, "complete");

        JsonPath report = Floor.asAdmin().get("/api/reports?center=" + floor.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getMap("totals")).isEqualTo(Map.of("issued", 1, "served", 1, "noShow", 0, "cancelled", 0, "unfinished", 0));
        assertThat(group(report, "byField", "HT")).as("the citizen's wait: issue to first call")
                .containsAllEntriesOf(figures(1, 1, 5.0, 5.0, 4.0, 4.0, 0, 0, 0));
        assertThat(group(report, "byCounter", "1")).as("the call that found nobody")
                .containsEntry("tickets", 1).containsEntry("served", 0).containsEntry("avgWaitMinutes", 5.0f);
        assertThat(group(report, "byOfficer", officer1)).containsEntry("tickets", 1).containsEntry("served", 0);
        assertThat(group(report, "byCounter", "2")).as("waited from the no-show")
                .containsAllEntriesOf(figures(1, 1, 24.0, 24.0, 4.0, 4.0, 0, 0, 0));
    }

    /**
     * 08:00 A001 issued, called 08:02, started 08:03, done 08:07; A002 issued 08:10, called 08:12,
     * started 08:13 and left open at the counter overnight, completed at 08:00 the next morning.
     * Both were served; only A001's four minutes are a known service time.
     */
    @Test
    void shouldLeaveTheNightOutOfTheServiceTimeOfATicketCompletedNextMorning() {
        clock.freezeAt(EIGHT_O_CLOCK);
        floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        officer1 = floor.user("OFFICER");
        floor.as(officer1).post(floor.path("/counters/1/open")).then().statusCode(200);
        String a001 = floor.issue("HT").getString("id");
        at(2);
        call(officer1, 1, a001);
        at(3);
        act(officer1, a001, "start");
        at(7);
        act(officer1, a001, "complete");
        at(10);
        String a002 = floor.issue("HT").getString("id");
        at(12);
        call(officer1, 1, a002);
        at(13);
        act(officer1, a002, "start");
        at(24 * 60);
        act(officer1, a002, "complete");

        JsonPath report = Floor.asAdmin().get("/api/reports?center=" + floor.center + "&from=" + DAY + "&to=" + DAY)
                .then().statusCode(200).extract().jsonPath();

        assertThat(group(report, "byField", "HT")).containsAllEntriesOf(figures(2, 2, 2.0, 2.0, 4.0, 4.0, 0, 0, 0));
        assertThat(group(report, "byCounter", "1")).containsAllEntriesOf(figures(2, 2, 2.0, 2.0, 4.0, 4.0, 0, 0, 0));
        assertThat(group(report, "byOfficer", officer1)).containsAllEntriesOf(figures(2, 2, 2.0, 2.0, 4.0, 4.0, 0, 0, 0));
    }

    /** As the reports page: without dates, the center's service day today; without to, the one day from. */
    @Test
    void shouldReportTodayWhenTheApiIsAskedForNoDates() {
        clock.freezeAt(EIGHT_O_CLOCK);
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        floor.issue("HT");

        Floor.asAdmin().get("/api/reports?center=" + floor.center).then().statusCode(200)
                .body("from", is(DAY)).body("to", is(DAY)).body("totals.issued", is(1))
                .body("centerName", is("Trung tâm thử " + floor.center));
        Floor.asAdmin().get("/api/reports/csv?center=" + floor.center + "&from=2026-11-22").then().statusCode(200)
                .header("Content-Disposition", containsString("-2026-11-22-2026-11-22.csv"));
        Floor.asAdmin().get("/api/reports?center=" + floor.center + "&to=2026-11-22").then().statusCode(400);
    }

    @Test
    void shouldKeepReportsToTheirReaders() {
        Floor mine = Floor.create();
        String manager = mine.user("MANAGER");
        String officer = mine.user("OFFICER");

        mine.as(manager).get("/api/reports?center=" + mine.center + "&from=" + DAY + "&to=" + DAY).then().statusCode(200);
        mine.as(manager).get("/api/reports?from=" + DAY + "&to=" + DAY).then().statusCode(403);
        mine.as(officer).get("/api/reports?center=" + mine.center + "&from=" + DAY + "&to=" + DAY).then().statusCode(403);
        Floor.asAdmin().get("/api/reports?from=" + DAY + "&to=" + DAY).then().statusCode(200);
        Floor.asAdmin().get("/api/reports?center=" + mine.center + "&from=2026-11-24&to=" + DAY).then().statusCode(400)
                .contentType("application/problem+json");
        Floor.asAdmin().get("/api/reports?center=" + mine.center + "&from=yesterday&to=" + DAY).then().statusCode(400);
        // a year at most, a leap year's 366 days counting both ends
        Floor.asAdmin().get("/api/reports?center=" + mine.center + "&from=2025-11-23&to=" + DAY).then().statusCode(200);
        Floor.asAdmin().get("/api/reports?center=" + mine.center + "&from=2025-11-22&to=" + DAY).then().statusCode(400);
    }

    @Test
    void shouldShowEveryCenterNowOnTheProvinceDashboard() {
        clock.freezeAt(EIGHT_O_CLOCK);
        Floor busy = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1);
        busy.issue("HT");
        clock.freezeAt(EIGHT_O_CLOCK.plus(Duration.ofMinutes(7)));
        busy.issue("HT");
        busy.serve(busy.callNext(1).getString("id"));
        clock.freezeAt(EIGHT_O_CLOCK.plus(Duration.ofMinutes(19)));
        String manager = busy.user("MANAGER");

        List<Map<String, Object>> all = Floor.asAdmin().get("/api/reports/now").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> mine = all.stream().filter(c -> busy.center.equals(c.get("center"))).findFirst().orElseThrow();
        assertThat(mine).containsEntry("waiting", 1).containsEntry("longestWaitMinutes", 12.0f)
                .containsEntry("openCounters", 1).containsEntry("issuedToday", 2).containsEntry("servedToday", 1);
        assertThat(all.size()).isGreaterThan(1);
        busy.as(manager).get("/api/reports/now").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(1))
                .body("[0].center", org.hamcrest.Matchers.is(busy.center));
        // the page in whole minutes: 12 min 34 s reads "13", not "12,57"
        clock.freezeAt(EIGHT_O_CLOCK.plus(Duration.ofMinutes(19)).plusSeconds(34));
        Response page = Sessions.signIn(manager, Floor.STAFF_PASSWORD, null);
        assertThat(Sessions.as(page).get("/reports/now").then().statusCode(200).extract().asString())
                .contains("<td>1</td><td>13</td>");
    }

    /** A citizen sent on to another field waits again from the transfer, not from the morning's issue. */
    @Test
    void shouldCountATransferredCitizensWaitOnTheDashboardFromTheTransfer() {
        clock.freezeAt(EIGHT_O_CLOCK);
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10).counter(1, "HT").counter(2, "CT")
                .open(1);
        floor.issue("HT");
        clock.freezeAt(EIGHT_O_CLOCK.plus(Duration.ofMinutes(2)));
        String id = floor.callNext(1).getString("id");
        Floor.asAdmin().post("/api/tickets/" + id + "/start").then().statusCode(200);
        clock.freezeAt(EIGHT_O_CLOCK.plus(Duration.ofMinutes(20)));
        Floor.asAdmin().body(Map.of("field", "CT")).post("/api/tickets/" + id + "/transfer").then().statusCode(200);
        clock.freezeAt(EIGHT_O_CLOCK.plus(Duration.ofMinutes(25)));

        Map<String, Object> now = Floor.asAdmin().get("/api/reports/now").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("$").stream().filter(c -> floor.center.equals(c.get("center")))
                .findFirst().orElseThrow();

        assertThat(now).containsEntry("waiting", 1).containsEntry("longestWaitMinutes", 5.0f);
    }

    /**
     * 08:00 A001 (HT) and B001 (CT) issued; 08:02 counter 1 calls A001, 08:03 starts, 08:13 done;
     * 08:04 counter 2 calls B001, starts at once, 08:09 done; 08:10 the guide issues B002, called
     * 08:15, recalled, no-show; 08:20 A002 issued, 08:21 cancelled; 08:30 A003 issued, called 08:40,
     * started 08:40, done 08:52. A001 rated very satisfied, B001 unsatisfied.
     */
    private void script() {
        clock.freezeAt(EIGHT_O_CLOCK);
        floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5)
                .counter(1, "HT").counter(2, "CT");
        String guide = floor.user("GUIDE");
        openCountersOneAndTwo();
        String a001 = floor.issue("HT").getString("id");
        String b001 = floor.issue("CT").getString("id");
        at(2);
        call(officer1, 1, a001);
        at(3);
        act(officer1, a001, "start");
        at(4);
        call(officer2, 2, b001);
        act(officer2, b001, "start");
        at(9);
        act(officer2, b001, "complete");
        rate(floor, 2, b001, "UNSATISFIED"); // as the citizen leaves the counter
        at(10);
        String b002 = floor.as(guide).contentType(ContentType.JSON).body(Map.of("field", "CT"))
                .post(floor.path("/tickets")).then().statusCode(201).extract().path("id");
        at(13);
        act(officer1, a001, "complete");
        rate(floor, 1, a001, "VERY_SATISFIED");
        at(15);
        call(officer2, 2, b002);
        act(officer2, b002, "recall");
        act(officer2, b002, "no-show");
        at(20);
        String a002 = floor.issue("HT").getString("id");
        at(21);
        act(officer1, a002, "cancel");
        at(30);
        String a003 = floor.issue("HT").getString("id");
        at(40);
        call(officer1, 1, a003);
        act(officer1, a003, "start");
        at(52);
        act(officer1, a003, "complete");
    }

    /** Officer 1 opens counter 1, officer 2 counter 2. */
    private void openCountersOneAndTwo() {
        officer1 = floor.user("OFFICER");
        officer2 = floor.user("OFFICER");
        floor.as(officer1).post(floor.path("/counters/1/open")).then().statusCode(200);
        floor.as(officer2).post(floor.path("/counters/2/open")).then().statusCode(200);
    }

    private void at(int minutesPastEight) {
        clock.freezeAt(EIGHT_O_CLOCK.plus(Duration.ofMinutes(minutesPastEight)));
    }

    private void call(String officer, int counter, String expectedId) {
        String id = floor.as(officer).post(floor.path("/counters/" + counter + "/call-next")).then().statusCode(200)
                .extract().path("id");
        assertThat(id).isEqualTo(expectedId);
    }

    private void act(String officer, String ticket, String action) {
        floor.as(officer).post("/api/tickets/" + ticket + "/" + action).then().statusCode(200);
    }

    static void rate(Floor floor, int counter, String ticket, String score) {
        String screen = Floor.asAdmin().body(Map.of("kind", "COUNTER_SCREEN", "name", "Quầy", "counter", counter))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("token");
        given().header("Authorization", "Bearer " + screen).contentType(ContentType.JSON).body(Map.of("score", score))
                .post("/api/tickets/" + ticket + "/rating").then().statusCode(200);
    }

    static Map<String, Object> group(JsonPath report, String grouping, String key) {
        return report.getList(grouping, Map.class).stream().filter(g -> key.equals(g.get("key"))).findFirst()
                .map(g -> (Map<String, Object>) g).orElseThrow(() -> new AssertionError("no " + key + " in " + grouping));
    }

    static Map<String, Object> figures(int tickets, int served, double avgWait, double p90Wait, double avgService,
            double p90Service, int very, int satisfied, int unsatisfied) {
        return Map.of("tickets", tickets, "served", served, "avgWaitMinutes", (float) avgWait, "p90WaitMinutes", (float) p90Wait,
                "avgServiceMinutes", (float) avgService, "p90ServiceMinutes", (float) p90Service, "verySatisfied", very,
                "satisfied", satisfied, "unsatisfied", unsatisfied);
    }
}
