package org.onedoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The administration page's audit section, as a center's manager reads it in a browser. */
@QuarkusTest
class AuditPageTest {

    static Page page;

    @BeforeAll
    static void startBrowser() {
        page = new Page(Browser.screen(1280, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        page.browser.quit();
    }

    private List<String> lines() {
        return page.browser.findElements(By.cssSelector("#audit-list tr")).stream().map(WebElement::getText).toList();
    }

    private void waitForLines(java.util.function.Predicate<List<String>> shown) {
        page.waitUntil(Duration.ofSeconds(10), () -> shown.test(lines()));
    }

    @Test
    void shouldShowAManagersChangesInWordsAboveTheDaysTicketTraffic() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER", "Nguyễn Thị Lan");
        String manager = floor.user("MANAGER", "Trần Văn Quản");
        floor.as(manager).body(Map.of("notice", "Nghỉ trưa 11:30–13:30")).patch(floor.path("")).then().statusCode(200);
        String first = floor.callAt(officer, 1, "HT");
        floor.as(officer).post("/api/tickets/" + first + "/start").then().statusCode(200);
        floor.as(officer).post("/api/tickets/" + first + "/complete").then().statusCode(200);
        for (int i = 0; i < 15; i++) { // a morning's traffic: more than a page of lines
            floor.issue("HT");
            String id = floor.as(officer).post(floor.path("/counters/1/call-next")).then().statusCode(200).extract().path("id");
            floor.as(officer).post("/api/tickets/" + id + "/start").then().statusCode(200);
            floor.as(officer).post("/api/tickets/" + id + "/complete").then().statusCode(200);
        }

        Sessions.signIn(page, manager, "/admin");
        page.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(page.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.ready)")));
        // by default the manager's own changes, in words (signing in, then the setting saved before), not
        // the tickets served since
        waitForLines(l -> l.size() >= 2);
        assertThat(lines().get(0)).contains("Trần Văn Quản", "Đăng nhập");
        assertThat(lines().get(1)).contains("Trần Văn Quản", "Lưu cài đặt trung tâm");
        assertThat(lines()).noneMatch(l -> l.contains("Hoàn thành số"));
        assertThat(page.browser.findElement(By.cssSelector("#audit-list tr td:nth-child(2) span")).getAttribute("title"))
                .isEqualTo(manager);

        // the tickets: each by its code, the officer by her name, where it happened; the oldest a click away
        new Select(page.browser.findElement(By.id("audit-kind"))).selectByValue("tickets");
        waitForLines(l -> !l.isEmpty() && l.get(0).contains("Hoàn thành số A016"));
        assertThat(lines().get(0)).contains("Nguyễn Thị Lan", "Hoàn thành số A016 · Quầy 1");
        assertThat(lines()).hasSize(50).noneMatch(l -> l.contains("/api/"));
        page.tap("#audit-older");
        waitForLines(l -> l.size() > 50);
        assertThat(lines()).anyMatch(l -> l.contains("Hoàn thành số A001 · Quầy 1"))
                .anyMatch(l -> l.contains("Mở quầy · Quầy 1"));
        assertThat(page.browser.findElement(By.id("audit-csv")).getAttribute("href"))
                .contains("kind=tickets", "lang=vi", "center=" + floor.center);

        // one person's lines
        new Select(page.browser.findElement(By.id("audit-kind"))).selectByValue("all");
        new Select(page.browser.findElement(By.id("audit-actor"))).selectByValue(manager);
        waitForLines(l -> !l.isEmpty() && l.stream().allMatch(x -> x.contains("Trần Văn Quản")));

        // an English page, in English
        page.browser.get("http://127.0.0.1:" + RestAssured.port + "/admin?lang=en");
        waitForLines(l -> l.size() >= 2 && l.get(1).contains("Save the center's settings"));
    }
    /**
     * A manager who changes the filter while a page of lines is still on its way (a slow commune
     * network) sees the lines of the filter chosen last, not the late page's appended under them.
     */
    @Test
    void shouldShowOnlyTheLastChosenFiltersLinesWhenAnEarlierPageArrivesLate() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER", "Nguyễn Thị Lan");
        String manager = floor.user("MANAGER", "Trần Văn Quản");
        floor.serve(floor.callAt(officer, 1, "HT"));
        Sessions.signIn(page, manager, "/admin");
        page.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(page.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.ready)")));
        waitForLines(l -> !l.isEmpty());
        // the ticket traffic's page takes two seconds to come
        page.browser.executeScript("""
                const fetchNow = window.fetch;
                window.fetch = (url, options) => String(url).includes('kind=tickets')
                    ? new Promise((resolve) => setTimeout(resolve, 2000)).then(() => fetchNow(url, options))
                        .then((answer) => { setTimeout(() => { window.lateAnswered = true; }, 500); return answer; })
                    : fetchNow(url, options);""");

        new Select(page.browser.findElement(By.id("audit-kind"))).selectByValue("tickets");
        new Select(page.browser.findElement(By.id("audit-kind"))).selectByValue("settings");
        page.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(page.browser.executeScript("return !!window.lateAnswered")));

        assertThat(lines()).as("the late page of ticket lines under the settings' filter")
                .noneMatch(l -> l.contains("Hoàn thành số"));
        // and the late page did hold them: chosen and waited for, they are shown
        new Select(page.browser.findElement(By.id("audit-kind"))).selectByValue("tickets");
        waitForLines(l -> l.stream().anyMatch(x -> x.contains("Hoàn thành số A001")));
    }
}
