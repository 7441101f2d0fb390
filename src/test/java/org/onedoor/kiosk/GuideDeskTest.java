package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.Page;
import org.onedoor.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The guidance desk page in a real headless Chromium (a phone-sized window), signed in as a GUIDE. */
@QuarkusTest
class GuideDeskTest {

    static Page desk;

    @Inject
    TestDatabase database;

    @BeforeAll
    static void startBrowser() {
        desk = new Page(Browser.screen(412, 915));
    }

    @AfterAll
    static void stopBrowser() {
        desk.browser.quit();
    }

    @Test
    void shouldIssueAPriorityTicketForAProcedureFoundBySearch() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5)
                .counter(1, "HT", "CT").open(1);
        Floor.asAdmin().body(List.of(
                        Map.of("code", "1.001193", "name_vi", "Đăng ký khai sinh", "name_en", "Birth registration", "field", "HT"),
                        Map.of("code", "2.000815", "name_vi", "Chứng thực bản sao từ bản chính", "field", "CT")))
                .post(floor.path("/procedures/import")).then().statusCode(200);
        signIn(floor);
        assertThat(new Select(desk.browser.findElement(By.id("field"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("CT");

        // nothing found is said, not an empty list that looks like a search still running
        desk.browser.findElement(By.id("search")).sendKeys("khai tu");
        desk.waitUntil(Duration.ofSeconds(5), () -> desk.text("found").equals("Không tìm thấy thủ tục"));
        desk.browser.findElement(By.id("search")).clear();
        desk.browser.findElement(By.id("search")).sendKeys("khai sinh");
        desk.tap("#found .pick");
        new Select(desk.browser.findElement(By.id("priority"))).selectByValue("ELDERLY");
        desk.browser.findElement(By.id("note")).sendKeys("Đi nạng");
        desk.tap("#issue-button");

        desk.waitUntil(Duration.ofSeconds(3), () -> desk.shown("result"));
        assertThat(desk.text("result-code")).isEqualTo("A001");
        String id = (String) desk.browser.executeScript("return window.onedoor.state.last.id");
        Floor.asAdmin().get("/api/tickets/" + id).then().statusCode(200).body("field", is("HT"))
                .body("procedure", is("1.001193")).body("priority", is("ELDERLY")).body("priorityNote", is("Đi nạng"))
                .body("channel", is("GUIDE_DESK"));
        desk.tap("#reprint");
        desk.waitUntil(Duration.ofSeconds(3), () -> Boolean.TRUE.equals(desk.browser.executeScript(
                "return window.onedoor.printed.indexOf('A001') >= 0")));
        assertThat(desk.browser.findElement(By.id("paper")).getAttribute("textContent")).contains("A001", "Lĩnh vực HT");
        Browser.screenshot(desk.browser, "guide-desk");
    }

    /** As the kiosk does: a field whose counters are all closed promises no wait, and the list says so. */
    @Test
    void shouldSayWhenNoCounterOfTheFieldIsOpen() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5)
                .counter(1, "HT").counter(2, "CT").open(1);
        signIn(floor);
        assertThat(desk.browser.findElement(By.id("language")).getSize().getHeight())
                .as("the language link, a target for a finger on the desk's tablet").isGreaterThanOrEqualTo(44);
        Select fields = new Select(desk.browser.findElement(By.id("field")));
        assertThat(fields.getOptions()).extracting(o -> o.getText())
                .containsExactly("CT – Lĩnh vực CT (Chưa có quầy mở)", "HT – Lĩnh vực HT");

        fields.selectByValue("CT");
        desk.tap("#issue-button");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.shown("result"));
        assertThat(desk.text("result-text")).isEqualTo(
                "Đã cấp số B001 · Số người trước quý vị: 0 · Chưa có quầy nào mở; số sẽ được gọi khi quầy mở · Quầy phục vụ: 2");

        Floor.asAdmin().post(floor.path("/counters/2/open")).then().statusCode(200);
        fields.selectByValue("CT");
        desk.tap("#issue-button");
        // counter 2 opened meanwhile: the answer says so once the desk has read the center again
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("result-code").equals("B002")
                && !desk.text("result-text").contains("Chưa có quầy"));
        assertThat(desk.text("result-text")).startsWith("Đã cấp số B002 · Số người trước quý vị: 1 · ");
        assertThat(new Select(desk.browser.findElement(By.id("field"))).getOptions()).extracting(o -> o.getText())
                .containsExactly("CT – Lĩnh vực CT", "HT – Lĩnh vực HT");
    }

    /** A number given in the wrong field: the guide takes it back with two presses, and gives the right one. */
    @Test
    void shouldTakeBackANumberGivenByMistakeOnlyAtTheSecondPress() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5)
                .counter(1, "HT", "CT").open(1);
        signIn(floor);
        new Select(desk.browser.findElement(By.id("field"))).selectByValue("HT");
        desk.tap("#issue-button");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("result-code").equals("A001"));
        String id = (String) desk.browser.executeScript("return window.onedoor.state.last.id");

        desk.tap("#recent .cancel");
        assertThat(desk.text("recent")).contains("Bấm lần nữa để huỷ A001");
        Floor.asAdmin().get("/api/tickets/" + id).then().statusCode(200).body("state", is("WAITING"));
        desk.tap("#recent .cancel");

        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("recent").contains("Đã huỷ"));
        Floor.asAdmin().get("/api/tickets/" + id).then().statusCode(200).body("state", is("CANCELLED"));
        assertThat(desk.shown("result")).as("the cancelled number is no longer shown as given").isFalse();
        assertThat(desk.browser.findElements(By.cssSelector("#recent .cancel"))).isEmpty();
        new Select(desk.browser.findElement(By.id("field"))).selectByValue("CT");
        desk.tap("#issue-button");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("result-code").equals("B001"));
        assertThat(floor.callNext(1).getString("code")).as("the cancelled number is never called").isEqualTo("B001");

        // the desk's tablet reloads (or wakes): its list of the numbers it gave is still there
        desk.browser.navigate().refresh();
        desk.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(desk.browser.executeScript("return !!window.onedoor")));
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("recent").replaceAll("\\s+", " ")
                .matches("B001 · Lĩnh vực CT.*A001 · Lĩnh vực HT Đã huỷ"));
        assertThat(desk.browser.findElements(By.cssSelector("#recent .cancel"))).as("B001's, not A001's").hasSize(1);
    }

    /** A citizen with a kiosk's number (or a lost paper): the desk finds it by its code, prints it again, takes it back. */
    @Test
    void shouldFindANumberTheDeskDidNotGivePrintItAgainAndTakeItBack() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        String second = floor.issue("HT").getString("id");
        signIn(floor);

        find("a099");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("found-ticket").equals("Hôm nay không có số A099"));
        find("a002");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("found-ticket").startsWith("A002 · Lĩnh vực HT"));
        assertThat(desk.text("found-ticket")).contains("Đang chờ, 1 người trước");

        desk.tap("#found-ticket button:not(.cancel)");
        desk.waitUntil(Duration.ofSeconds(5), () -> Boolean.TRUE.equals(desk.browser.executeScript(
                "return window.onedoor.printed.indexOf('A002') >= 0")));
        desk.tap("#found-ticket .cancel");
        desk.tap("#found-ticket .cancel");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("found-ticket").contains("Đã huỷ"));
        Floor.asAdmin().get("/api/tickets/" + second).then().statusCode(200).body("state", is("CANCELLED"));

        // once called, it is the counter's: found, not taken back here
        floor.callNext(1);
        find("A001");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("found-ticket").contains("Đã gọi đến quầy 1"));
        assertThat(desk.browser.findElements(By.cssSelector("#found-ticket .cancel"))).isEmpty();
        assertThat(org.onedoor.testing.Axe.seriousViolations(desk.browser)).as("the guidance desk").isEmpty();
    }

    private static void find(String code) {
        desk.browser.findElement(By.id("find-code")).clear();
        desk.browser.findElement(By.id("find-code")).sendKeys(code);
        desk.tap("#find button");
    }

    /**
     * The database held the first press past the server's 10 s deadline: the officer was told it
     * may not have worked, and it was issued after all. Pressed again, the desk gets that ticket
     * back, not a second one for the same citizen.
     */
    @Test
    void shouldGiveBackTheTicketOfAPressAnsweredTooLateWhenTheOfficerPressesAgain() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        signIn(floor);
        try (HeldRow slow = HeldRow.center(database, floor.center)) {
            desk.tap("#issue-button");
            slow.awaitWaiters(1, Duration.ofSeconds(5));
            desk.waitUntil(Duration.ofSeconds(15), () -> desk.shown("problem")); // the deadline's 503
            slow.release(); // the first press's ticket commits after its answer
        }
        desk.tap("#issue-button");
        desk.waitUntil(Duration.ofSeconds(5), () -> desk.shown("result"));
        assertThat(desk.text("result-code")).isEqualTo("A001");
        assertThat(floor.issue("HT").getString("code")).as("one ticket for two presses").isEqualTo("A002");
    }

    private static void signIn(Floor floor) {
        desk.browser.manage().deleteAllCookies();
        desk.browser.get("http://127.0.0.1:" + RestAssured.port + "/kiosk/guide.html");
        // no session yet: the page sends the officer to sign in, then back
        desk.waitUntil(Duration.ofSeconds(5), () -> desk.browser.getCurrentUrl().contains("/login"));
        desk.browser.findElement(By.id("username")).sendKeys(floor.user("GUIDE"));
        desk.browser.findElement(By.id("password")).sendKeys(Floor.STAFF_PASSWORD, org.openqa.selenium.Keys.ENTER);
        desk.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(desk.browser.executeScript("return !!window.onedoor")));
    }
}
