package org.onedoor.counter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
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

/**
 * The counter workspace's action row, in a headless Chromium: what it lets an officer press, why
 * not the rest, and that it stays where the officer's hand goes. The workspace's other behaviour
 * is in {@link CounterWorkspaceTest}.
 */
@QuarkusTest
class WorkspaceActionsTest {

    static Page desk;

    @BeforeAll
    static void startBrowser() {
        desk = new Page(Browser.screen(1280, 900));
    }

    @AfterAll
    static void stopBrowser() {
        desk.browser.quit();
    }

    /**
     * What the server would refuse now is greyed out, with why (a shortcut key for it does nothing):
     * no call while the counter is closed, paused or has a citizen; no Complete before Start; no
     * no-show before the center's recalls.
     */
    @Test
    void shouldGreyOutTheActionsTheServerWouldRefuse() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        floor.issue("HT");
        floor.issue("HT");
        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();
        assertThat(enabled()).as("closed, nobody called").containsExactly("open");
        assertThat(desk.text("action-hint")).isEqualTo("Quầy chưa mở: bấm «Mở quầy» trước khi gọi số.");
        desk.browser.executeScript("window.sent = 0; const real = window.fetch;"
                + " window.fetch = (...args) => { window.sent++; return real(...args); }");
        desk.browser.findElement(By.tagName("body")).sendKeys("p"); // Pause, on a closed counter
        desk.browser.findElement(By.tagName("body")).sendKeys("n"); // Next, on a closed counter
        assertThat(desk.browser.executeScript("return window.sent")).as("no request, so no refusal").isEqualTo(0L);

        desk.tap("#open");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đang mở"));
        assertThat((Long) desk.browser.executeScript("return window.sent")).as("the count sees requests").isPositive();
        assertThat(enabled()).as("open, nobody called").containsExactly("next", "call", "pause", "close");
        assertThat(desk.text("action-hint")).isEmpty();

        desk.tap("#next");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A001"));
        assertThat(enabled()).as("called: a start first, a recall before the no-show")
                .containsExactly("recall", "start", "transfer", "pause", "close");
        assertThat(desk.browser.findElement(By.id("complete")).getAttribute("title"))
                .isEqualTo("Bấm «Bắt đầu phục vụ» trước khi «Hoàn thành».");
        assertThat(desk.browser.findElement(By.id("next")).getAttribute("title")).startsWith("Đang có công dân ở quầy");
        assertThat(desk.text("action-hint")).isEqualTo("Bấm «Bắt đầu phục vụ» trước khi «Hoàn thành». "
                + "Gọi lại thêm 1 lần rồi mới đánh dấu vắng mặt được.");

        desk.tap("#recall");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.browser.findElement(By.id("no-show")).isEnabled());
        assertThat(enabled()).containsExactly("recall", "start", "no-show", "transfer", "pause", "close");

        desk.tap("#start");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-state").equals("Đang phục vụ"));
        assertThat(enabled()).as("serving: no recall, no no-show, no call")
                .containsExactly("complete", "transfer", "pause", "close");

        desk.tap("#pause");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy tạm nghỉ"));
        desk.tap("#complete");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("—"));
        assertThat(enabled()).as("paused, nobody at it: open it to call").containsExactly("open", "close");
        assertThat(desk.text("action-hint")).isEqualTo("Quầy đang tạm nghỉ: bấm «Mở quầy» để gọi số tiếp.");
    }

    /**
     * The action row stays where the officer's hand goes, whatever comes and goes above and under
     * it (the priority line, an answer, the result slip and the scrollbar it brings, which wrapped
     * the header); the answer to a press is next to the buttons, in view on a 1280×800 screen.
     */
    @Test
    void shouldKeepTheActionsInPlaceAndTheAnswerInView() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Floor.asAdmin().body(Map.of("field", "HT", "priority", "DISABILITY", "note", "Xe lăn – cần hỗ trợ"))
                .post(floor.path("/tickets")).then().statusCode(201);
        Page small = new Page(Browser.screen(1280, 800));
        try {
            Sessions.signIn(small, floor.user("OFFICER"), "/counter");
            small.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(small.browser.executeScript(
                    "return !!(window.onedoor && window.onedoor.model.counters[1])")));
            small.tap("#open");
            small.waitUntil(Duration.ofSeconds(3), () -> small.text("counter-state").equals("Quầy đang mở"));
            long closed = top(small, "next");
            long header = height(small, "header");
            small.tap("#next");
            small.waitUntil(Duration.ofSeconds(3), () -> small.text("current-code").equals("A001"));
            small.waitUntil(Duration.ofSeconds(3), () -> small.shown("current-about"));
            assertThat(top(small, "next")).as("called, with the priority line").isEqualTo(closed);

            small.tap("#start");
            small.waitUntil(Duration.ofSeconds(3), () -> small.text("current-state").equals("Đang phục vụ"));
            assertThat(top(small, "next")).as("serving").isEqualTo(closed);
            small.tap("#complete");
            small.waitUntil(Duration.ofSeconds(3), () -> small.shown("slip"));
            assertThat(top(small, "next")).as("completed, the result slip offered").isEqualTo(closed);
            assertThat(height(small, "header")).as("the header did not take a second line").isEqualTo(header);

            small.tap("#next"); // nobody waits: the answer says so
            small.waitUntil(Duration.ofSeconds(3), () -> small.shown("problem"));
            assertThat(small.text("problem")).isEqualTo("Không có ai đang chờ quầy này.");
            assertThat(top(small, "next")).as("with the answer").isEqualTo(closed);
            Number bottom = (Number) small.browser.executeScript(
                    "return document.getElementById('problem').getBoundingClientRect().bottom");
            assertThat(bottom.doubleValue()).as("the answer is in view").isLessThanOrEqualTo(
                    ((Number) small.browser.executeScript("return window.innerHeight")).doubleValue());
            assertThat(height(small, "header")).isEqualTo(header);
        } finally {
            small.browser.quit();
        }
    }

    /** In English at 1366 px, the workspace's header stays one line ("Sign out" wrapped to a second). */
    @Test
    void shouldKeepTheEnglishHeaderOnOneLine() {
        // a real officer's name, and the counter held by a colleague: the longest the header gets
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        Page wide = new Page(Browser.screen(1366, 768));
        try {
            Sessions.signIn(wide, floor.user("OFFICER", "Nguyễn Thị Thanh Hương"), "/counter?lang=en");
            wide.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(wide.browser.executeScript(
                    "return !!(window.onedoor && window.onedoor.model.counters[1])")));
            Number spread = (Number) wide.browser.executeScript("const middles = [...document.querySelectorAll("
                    + "'header > *, header nav a, header form button')].filter(e => e.offsetParent)"
                    + ".map(e => e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2);"
                    + " return Math.max(...middles) - Math.min(...middles)");
            assertThat(spread.doubleValue()).as("the header's items on one line").isLessThan(10);
        } finally {
            wide.browser.quit();
        }
    }

    private static long top(Page page, String id) {
        return ((Number) page.browser.executeScript(
                "return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top + window.scrollY)", id)).longValue();
    }

    private static long height(Page page, String tag) {
        return ((Number) page.browser.executeScript(
                "return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().height)", tag)).longValue();
    }

    /** Until the workspace has drawn counter 1 from the floor socket. */
    private static void awaitWorkspace() {
        desk.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(desk.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.model.counters[1])")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> enabled() {
        return (List<String>) desk.browser.executeScript("return ['next', 'recall', 'start', 'no-show', 'complete',"
                + " 'transfer', 'call', 'open', 'pause', 'close'].filter(id => !document.getElementById(id).disabled)");
    }
}
