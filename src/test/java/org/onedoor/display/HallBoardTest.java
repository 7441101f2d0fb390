package org.onedoor.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.floor.voice.Announcement;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

/**
 * What the hall screen's board shows, in a real headless Chromium on a 1920×1080 screen: every
 * field and its wait, every counter and its state, the center's name, each whole and readable.
 * The calls, their voice and the network's gaps are in {@link HallScreenTest}.
 */
@QuarkusTest
class HallBoardTest {

    @Inject
    TestClock clock;

    static ScreenDriver screen;

    @BeforeAll
    static void startBrowser() {
        screen = new ScreenDriver(Browser.screen(1920, 1080));
    }

    @AfterAll
    static void stopBrowser() {
        screen.browser.quit();
    }

    /**
     * A commune's eight fields, with their long Vietnamese names and a notice below: every field is
     * on the board, and every wait is whole ("Chưa có quầy mở" is wider than a fixed column).
     */
    @Test
    void shouldShowEveryFieldWithItsWholeWaitHoweverManyTheCenterHas() {
        String[] names = {"Hộ tịch", "Chứng thực", "Tư pháp - Hộ tịch", "Đất đai",
            "Thành lập và hoạt động của hộ kinh doanh", "Hoạt động xây dựng", "Bảo trợ xã hội", "Người có công"};
        Floor floor = Floor.create();
        for (int i = 0; i < names.length; i++) {
            floor.field("F" + i, Map.of("names", Map.of("vi", names[i]), "prefix", String.valueOf((char) ('A' + i))));
        }
        floor.counter(1, "F0").open(1);
        for (int i = 1; i < names.length; i++) {
            floor.issue("F" + i); // waiting, and no counter open for it
        }
        for (int i = 0; i < 3; i++) { // and calls listed beside the spotlight, which take room from the fields
            floor.issue("F0");
            floor.serve(floor.callNext(1).getString("id"));
        }
        Floor.asAdmin().body(Map.of("notice", "Giờ làm việc: 7:00 – 17:00. Xin cảm ơn quý công dân!"))
                .patch("/api/centers/" + floor.center).then().statusCode(200);
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        screen.waitUntil(Duration.ofSeconds(5), () -> Long.valueOf(names.length).equals(
                screen.browser.executeScript("return document.querySelectorAll('#fields .field').length")));

        Object hidden = screen.browser.executeScript("""
                const panel = document.querySelector('.waiting').getBoundingClientRect();
                return [...document.querySelectorAll('#fields .field')]
                    .filter(f => f.getBoundingClientRect().bottom > panel.bottom + 1)
                    .map(f => f.querySelector('.name').textContent);""");
        assertThat((List<?>) hidden).as("fields below the panel's edge").isEmpty();
        Object cut = screen.browser.executeScript("""
                return [...document.querySelectorAll('#fields .wait')]
                    .filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.textContent);""");
        assertThat((List<?>) cut).as("waits cut short").isEmpty();
        Object squeezed = screen.browser.executeScript("""
                return [...document.querySelectorAll('#fields .field')]
                    .filter(f => f.querySelector('.name').clientWidth < f.clientWidth / 4)
                    .map(f => f.querySelector('.name').textContent);""");
        assertThat((List<?>) squeezed).as("names left no room to be read").isEmpty();
        assertThat(screen.browser.executeScript("""
                return [...document.querySelectorAll('#fields .wait')].map(w => w.textContent)"""))
                .asList().contains("Chưa có quầy mở");
        Browser.screenshot(screen.browser, "hall-screen-eight-fields");
    }

    /**
     * A commune's floor of six counters and eight fields, most with long names, on a 1920×1080 TV:
     * every name is read whole, in type of at least 2.4 % of the screen's height (1.6 cm on a 55" TV),
     * and the call before the spotlight's is listed. Beside the spotlight the names were cut ("Thành
     * lập và hoạt động của h…"), the rows shrank to 2 % and the recent calls gave up their line, while
     * half the counters' column stood empty.
     */
    @Test
    void shouldReadEveryFieldsWholeNameInLargeTypeOnASmallFloor() {
        assertReadableSmallFloor(1920, 1080, "hall-screen-six-counters-long-field-names");
    }

    /** The same floor on a TV hung on its side (1080×1920): one column, nothing off the screen or under another. */
    @Test
    void shouldStackTheBoardOnAPortraitScreen() {
        assertReadableSmallFloor(1080, 1920, "hall-screen-portrait");
    }

    @SuppressWarnings("unchecked")
    private void assertReadableSmallFloor(int width, int height, String shot) {
        String[] names = {"Hộ tịch", "Chứng thực", "Thành lập và hoạt động của hộ kinh doanh",
            "Cấp giấy chứng nhận quyền sử dụng đất", "Hoạt động xây dựng", "Bảo trợ xã hội và giảm nghèo",
            "Người có công với cách mạng", "Giáo dục và đào tạo"};
        Floor floor = Floor.create();
        for (int i = 0; i < names.length; i++) {
            floor.field("F" + i, Map.of("names", Map.of("vi", names[i]), "prefix", String.valueOf((char) ('A' + i))));
        }
        for (int n = 1; n <= 6; n++) {
            floor.counter(n, "F" + (n - 1), "F" + n).open(n);
        }
        for (int i = 0; i < names.length; i++) {
            floor.issue("F" + i);
        }
        Floor.asAdmin().body(Map.of("notice", "Giờ làm việc: 7:00 – 17:00. Xin cảm ơn quý công dân!"))
                .patch("/api/centers/" + floor.center).then().statusCode(200); // a line of its own at the bottom
        String before = floor.callNextCode(1); // listed under the spotlight, which shows the call after it
        String called = floor.callNextCode(2);
        // the screen's own pixels, exactly: a headless window's page is shorter than the window
        screen.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
            screen.waitUntil(Duration.ofSeconds(5), () -> Long.valueOf(names.length).equals(
                    screen.browser.executeScript("return document.querySelectorAll('#fields .field').length")));
            screen.waitUntil(Duration.ofSeconds(20), () -> called.equals(screen.browser.executeScript(
                    "return document.getElementById('spotlight-code').textContent")) && Boolean.TRUE.equals(screen.browser.executeScript(
                    "return !document.getElementById('recent-calls').hidden")));

            Map<String, Object> board = (Map<String, Object>) screen.browser.executeScript("""
                    const panel = document.querySelector('.waiting').getBoundingClientRect();
                    const rows = [...document.querySelectorAll('#fields .field')];
                    const line = (n) => parseFloat(getComputedStyle(n).lineHeight);
                    const boxes = [...document.querySelectorAll('#counters .counter'), document.getElementById('spotlight'),
                        document.getElementById('recent-calls'), ...rows].map(e => [e.id || e.className, e.getBoundingClientRect()]);
                    const apart = (a, b) => a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
                    const code = document.getElementById('spotlight-code');
                    return {
                      viewport: window.innerWidth + 'x' + window.innerHeight,
                      cut: rows.map(f => f.querySelector('.name'))
                          .filter(n => n.scrollHeight > n.clientHeight + line(n) / 2 || n.scrollWidth > n.clientWidth + 1)
                          .map(n => n.textContent),
                      below: rows.filter(f => f.getBoundingClientRect().bottom > panel.bottom + 1).length,
                      type: parseFloat(getComputedStyle(document.getElementById('fields')).fontSize)
                          / Math.min(window.innerWidth, window.innerHeight) * 100,
                      offScreen: boxes.filter(([, r]) => r.left < -1 || r.top < -1 || r.right > window.innerWidth + 1
                          || r.bottom > window.innerHeight + 1).map(([name]) => name),
                      overlapping: boxes.flatMap(([a, ra], i) => boxes.slice(i + 1).filter(([, rb]) => !apart(ra, rb))
                          .map(([b]) => a + ' / ' + b)),
                      spotlightWhole: code.scrollWidth <= code.clientWidth + 1,
                      recent: document.getElementById('recent').textContent
                    };""");
            Browser.screenshot(screen.browser, shot);
            assertThat(board).containsEntry("viewport", width + "x" + height);
            assertThat((List<Object>) board.get("cut")).as("field names cut short").isEmpty();
            assertThat(board.get("below")).as("fields below the panel's edge").isEqualTo(0L);
            assertThat(((Number) board.get("type")).doubleValue()).as("the fields' type, %% of the screen's shorter side")
                    .isGreaterThanOrEqualTo(2.4);
            assertThat((List<Object>) board.get("offScreen")).as("off the screen").isEmpty();
            assertThat((List<Object>) board.get("overlapping")).as("one over another").isEmpty();
            assertThat(board).containsEntry("spotlightWhole", true);
            assertThat((String) board.get("recent")).contains(before + " → 1");
        } finally {
            screen.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * An officer on a break with a citizen still at the counter: the citizen's number stays, greyed,
     * and the tile says why nobody is at the desk, within its box even on a floor of 14 counters.
     */
    @Test
    void shouldSayACounterIsOnABreakBesideTheNumberItServes() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        for (int n = 1; n <= 14; n++) {
            floor.counter(n, "HT");
        }
        floor.open(14).issue("HT");
        floor.callNext(14);
        Floor.asAdmin().post(floor.path("/counters/14/pause")).then().statusCode(200);

        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        screen.waitUntil(Duration.ofSeconds(5), () -> Boolean.TRUE.equals(screen.browser.executeScript(
                "return !!document.querySelector('#counters .counter.state-paused .note')")));
        @SuppressWarnings("unchecked")
        Map<String, Object> tile = (Map<String, Object>) screen.browser.executeScript("""
                const tile = document.querySelector('#counters .counter.state-paused');
                const box = tile.getBoundingClientRect(), note = tile.querySelector('.note').getBoundingClientRect();
                const code = tile.querySelector('.code').getBoundingClientRect();
                return { text: tile.innerText.replace(/\\s+/g, ' ').trim(),
                         inside: note.top >= box.top && note.bottom <= box.bottom && note.right <= code.left };""");
        assertThat(tile).containsEntry("text", "Quầy 14 Tạm nghỉ A001").containsEntry("inside", true);
        assertThat(screen.browser.executeScript("return document.querySelectorAll('#counters .note').length"))
                .as("only the counter on a break says so").isEqualTo(1L);
        Browser.screenshot(screen.browser, "hall-screen-paused-counter");
    }

    /**
     * A commune's center has a long name: the header shows all of it (on two lines), clear of the
     * date. Renamed, the screen shows the new name at once (CenterRenamed), not when it next connects.
     */
    @Test
    void shouldShowTheCentersNewNameAtOnceHoweverLong() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("center-name").equals("Trung tâm thử " + floor.center));
        String name = "Trung tâm Phục vụ hành chính công xã Tân Phong, tỉnh Lai Châu";
        Floor.asAdmin().body(Map.of("name", name)).patch("/api/centers/" + floor.center).then().statusCode(200);
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("center-name").equals(name));

        assertThat(Browser.textCut(screen.browser, "center-name")).as("every word of the name in its box").isFalse();
        assertThat(screen.browser.executeScript("""
                return document.getElementById('center-name').getBoundingClientRect().right
                    < document.querySelector('.when').getBoundingClientRect().left""")).as("clear of the date").isEqualTo(true);
    }

    /** A field a manager adds in the morning is on the board by its name at once, not by its bare code until tomorrow. */
    @Test
    void shouldShowAFieldAddedDuringTheDayByItsName() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        screen.waitUntil(Duration.ofSeconds(5), () -> Long.valueOf(1).equals(
                screen.browser.executeScript("return document.querySelectorAll('#fields .field').length")));
        screen.browser.executeScript("window.socketBefore = window.onedoor.connection.socket");

        floor.field("CT", Map.of("names", Map.of("vi", "Chứng thực"), "prefix", "B"));
        Floor.asAdmin().body(Map.of("label", "Quầy 1", "fields", List.of("HT", "CT"))).put(floor.path("/counters/1"))
                .then().statusCode(200);
        floor.issue("CT");
        String code = floor.callNextCode(1); // at once: the screen must not be away reading the floor

        screen.waitUntil(Duration.ofSeconds(10), () -> fieldNames().contains("Chứng thực"));
        assertThat(fieldNames()).doesNotContain("CT");
        assertThat(screen.played(code, Duration.ofSeconds(40))).as("the call made as the layout changed is said")
                .isEqualTo(Announcement.forCall(code, 1));
        assertThat(screen.browser.executeScript("return window.onedoor.connection.socket === window.socketBefore"))
                .as("the same socket: the screen never went away").isEqualTo(true);
    }

    /**
     * A citizen sent to one counter (a transfer) waits for that counter alone: the field's board
     * counts them, but a newcomer of the field is not behind them, so it promises no wait.
     */
    @Test
    void shouldPromiseNoWaitWhenTheFieldsOnlyCitizenWaitingWasSentToOneCounter() {
        Floor floor = Floor.withTheOnlyCitizenSentToCounter2();

        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        screen.waitUntil(Duration.ofSeconds(5), () -> fieldLines().equals(List.of("Lĩnh vực HT 1 người Không phải chờ")));
    }

    /**
     * The field's only counter is on a break: its citizens wait for the officer to come back, which
     * the board says, where "no counter open" mid-morning told them the field was not served today.
     */
    @Test
    void shouldSayTheFieldsCounterIsOnABreak() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        Floor.asAdmin().post(floor.path("/counters/1/pause")).then().statusCode(200);

        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        screen.waitUntil(Duration.ofSeconds(5), () -> fieldLines().equals(List.of("Lĩnh vực HT 1 người Quầy đang tạm nghỉ")));
        Floor.asAdmin().post(floor.path("/counters/1/close")).then().statusCode(200);
        screen.waitUntil(Duration.ofSeconds(5), () -> fieldLines().equals(List.of("Lĩnh vực HT 1 người Chưa có quầy mở")));
    }

    /**
     * Nobody waits, but no counter of the field is open: a citizen who takes a number now would wait
     * for one. The longer words keep the board in columns.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shouldNotPromiseNoWaitForAFieldWithNoCounterOpen() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5)
                .counter(1, "HT").counter(2, "CT").open(1);

        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        screen.waitUntil(Duration.ofSeconds(5), () -> fieldLines().size() == 2);
        assertThat(fieldLines()).containsExactly("Lĩnh vực CT 0 người Chưa có quầy mở", "Lĩnh vực HT 0 người Không phải chờ");
        List<Object> countEnds = (List<Object>) screen.browser.executeScript(
                "return [...document.querySelectorAll('#fields .count')].map(c => Math.round(c.getBoundingClientRect().right))");
        assertThat(countEnds).as("the counts' right edges: one column, however wide each row's wait").hasSize(2)
                .containsOnly(countEnds.get(0));
    }

    @SuppressWarnings("unchecked")
    private List<String> fieldLines() {
        return (List<String>) screen.browser.executeScript(
                "return [...document.querySelectorAll('#fields .field')].map(f => f.innerText.replace(/\\s+/g, ' ').trim())");
    }

    @SuppressWarnings("unchecked")
    private List<String> fieldNames() {
        return (List<String>) screen.browser.executeScript(
                "return [...document.querySelectorAll('#fields .field .name')].map(n => n.textContent)");
    }

    /** Before the day's first call the big panel shows a dash, not "Xin mời số … đến quầy" around nothing. */
    @Test
    void shouldNotInviteANumberBeforeAnyoneIsCalled() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        assertThat(screen.browser.findElement(org.openqa.selenium.By.cssSelector("#spotlight .invite")).isDisplayed()).isFalse();
        assertThat(screen.browser.findElement(org.openqa.selenium.By.cssSelector("#spotlight .to")).isDisplayed()).isFalse();

        String code = floor.callNextCode(1);
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("spotlight-code").equals(code));
        assertThat(screen.text("spotlight")).isEqualTo("Xin mời số\n" + code + "\nđến quầy 1");
    }

    /**
     * Out of hours with nobody waiting, the hall says the center is closed and when it reopens,
     * where it invited citizens to take a number the kiosk beside it would refuse them. From the
     * snapshot when it starts, and at once when the administrator changes the hours.
     */
    @Test
    void shouldSayTheCenterIsClosedAndWhenItReopensOutOfHours() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        // the server's tomorrow: other tests move its clock on (see KioskScreenTest)
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), zone).plusDays(1);
        // open only tomorrow: closed now, whatever the hour the test runs at
        settings(floor, Map.of("opensAt", "07:30", "closesAt", "17:00", "openDays", List.of(tomorrow.getDayOfWeek().name())));

        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("spotlight-reopens").startsWith("Mời quý công dân quay lại lúc 07:30"));
        String[] weekdays = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"};
        assertThat(screen.text("spotlight-reopens")).isEqualTo("Mời quý công dân quay lại lúc 07:30, "
                + weekdays[tomorrow.getDayOfWeek().getValue() - 1] + ", " + tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(screen.browser.executeScript("return document.querySelector('.closed-note').innerText"))
                .asString().startsWith("Trung tâm đang ngoài giờ làm việc");
        assertThat(screen.shown("spotlight-none")).as("the take-a-number line").isFalse();
        Browser.screenshot(screen.browser, "hall-screen-closed");

        // a citizen still there after closing time is called as usual, and the call stays in the
        // spotlight until the citizen is at the counter
        floor.open(1).issue("HT");
        screen.waitUntil(Duration.ofSeconds(5), () -> !screen.shown("spotlight-reopens"));
        assertThat(screen.text("spotlight-none")).as("not to take a number the kiosk refuses")
                .isEqualTo("Xin quý công dân vui lòng chờ được gọi số");
        String called = floor.callNext(1).getString("id");
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("spotlight-code").equals("A001"));
        assertThat(screen.shown("spotlight-reopens")).isFalse();
        floor.serve(called);
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.shown("spotlight-reopens"));
        // a counter left open out of hours promises no "no wait" to a newcomer
        assertThat(fieldWait()).isEqualTo("Ngoài giờ làm việc");

        // open round the clock: the HoursChanged event brings the invitation back without a reload
        settings(floor, Map.of("opensAt", "00:00", "closesAt", "00:00", "openDays",
                Stream.of(DayOfWeek.values()).map(DayOfWeek::name).toList()));
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("spotlight-none").equals("Mời quý công dân lấy số thứ tự và chờ được gọi"));
        assertThat(screen.shown("spotlight-reopens")).isFalse();
        assertThat(fieldWait()).isEqualTo("Không phải chờ");
    }

    private static String fieldWait() {
        return (String) screen.browser.executeScript("return document.querySelector('#fields .wait').textContent");
    }

    private static void settings(Floor floor, Map<String, Object> settings) {
        Floor.asAdmin().body(settings).patch("/api/centers/" + floor.center).then().statusCode(200);
    }
}
