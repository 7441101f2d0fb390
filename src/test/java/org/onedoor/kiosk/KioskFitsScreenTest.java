package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Axe;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.KioskPage;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The kiosk's confirm and search screens whole in the window, with nothing to scroll: on a
 * 1366×768 kiosk (the cheap kiosk PC's screen) the confirm screen put the priority pictures and
 * Back below the window, under an online service's QR code, and elderly citizens took ordinary
 * numbers; the search screen cut off keys and Back. A kiosk runs full screen: the window's inside
 * is the screen's size.
 */
@QuarkusTest
class KioskFitsScreenTest {

    static final List<Dimension> SCREENS = List.of(new Dimension(1366, 768), new Dimension(1280, 1024),
            new Dimension(1920, 1080), new Dimension(1080, 1920));

    static KioskPage kiosk;

    @BeforeAll
    static void startBrowser() {
        kiosk = new KioskPage(Browser.screen(1366, 768));
    }

    @AfterAll
    static void stopBrowser() {
        kiosk.browser.quit();
    }

    /**
     * The elements (CSS selector → every match) lying partly outside the window, each with its box;
     * and whether the page or the shown screen scrolls (more content than room: nobody sees it).
     */
    private static final String OUTSIDE = """
            const outside = [];
            for (const css of arguments[0]) {
              const found = document.querySelectorAll(css);
              if (!found.length) outside.push(css + ': none shown');
              found.forEach((e, i) => {
                const r = e.getBoundingClientRect();
                if (r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) {
                  outside.push(css + '[' + i + '] ' + Math.round(r.top) + '–' + Math.round(r.bottom) + ' of ' + innerHeight);
                }
              });
            }
            const screen = document.querySelector('main > .screen:not([hidden])');
            if (document.scrollingElement.scrollHeight > innerHeight) outside.push('the page scrolls');
            if (screen.scrollHeight > screen.clientHeight + 1) {
              outside.push('#' + screen.id + ' scrolls: ' + screen.scrollHeight + ' in ' + screen.clientHeight);
            }
            return outside;""";

    @Test
    void shouldShowTheWholeConfirmScreenWithAnOnlineServicesQrCode() {
        Floor floor = floorWithProcedures();
        kiosk.open(RestAssured.port, KioskTest.pair(floor, "KIOSK", null), null);
        for (Dimension screen : SCREENS) {
            inside(screen);
            kiosk.tap("[data-field=HT]");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));
            assertFits(screen, "confirm-field", List.of("#chosen", "#take", "#priorities .priority", "#confirm .back"));
            kiosk.tap("#confirm .back");

            kiosk.tap("#search-button");
            type("khai t");
            kiosk.waitUntil(Duration.ofSeconds(5), () -> resultCount() == 1);
            kiosk.tap("#results .result");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm") && kiosk.shown("online"));
            assertThat(kiosk.text("chosen")).contains("Đăng ký khai tử");
            assertFits(screen, "confirm-online", List.of("#chosen", "#online-qr", "#take", "#priorities .priority",
                    "#confirm .back"));
            kiosk.tap("#confirm .back");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("home"));
        }
    }

    @Test
    void shouldShowTheTypedWordsEveryKeyAndBackWhateverTheResults() {
        Floor floor = floorWithProcedures();
        kiosk.open(RestAssured.port, KioskTest.pair(floor, "KIOSK", null), null);
        for (Dimension screen : SCREENS) {
            inside(screen);
            kiosk.tap("#search-button");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("search"));
            List<String> always = List.of("#query", "#keyboard .key", "#search .back");

            type("khai");
            kiosk.waitUntil(Duration.ofSeconds(5), () -> resultCount() == 2);
            assertFits(screen, "search-2", always);

            for (int i = 0; i < 4; i++) {
                kiosk.tap("#keyboard .erase");
            }
            type("dang");
            kiosk.waitUntil(Duration.ofSeconds(5), () -> resultCount() == 6);
            assertFits(screen, "search-6", always);
            assertThat(kiosk.browser.findElement(By.id("query")).getAttribute("value")).isEqualTo("dang");
            // the results that do not fit scroll in their own box, which says so
            boolean scrolls = (Boolean) kiosk.browser.executeScript(
                    "const r = document.getElementById('results'); return r.scrollHeight > r.clientHeight + 1");
            if (scrolls) {
                assertThat(kiosk.browser.findElement(By.id("results-box")).getAttribute("class"))
                        .as(screen + ": more results below, and an arrow says so").contains("more-below");
            }
            kiosk.tap("#search .back");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("home"));
        }
    }


    /**
     * The ticket screen whole: at 1366×768 its columns, centred on the height, were 16 px taller than
     * the room, and the heading "Số thứ tự của quý vị" went under the header, the wait line past the
     * bottom, with a scroll bar; at 768×1024 (a tablet kiosk) the QR code and "Về màn hình chính" lay
     * below the fold. Measured both in a window of the screen's size (the browser's bars take some of
     * its height: innerHeight is less) and with the inside the screen's size (a kiosk full screen).
     * Its counter not open yet: the longest wait line, on two lines.
     */
    @Test
    void shouldShowTheWholeTicketScreen() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(5, "HT");
        takeTicket(floor);
        assertThat(kiosk.text("ticket-counters")).isEqualTo("Quầy phục vụ: 5 (chưa mở)");
        assertThat(kiosk.text("ticket-wait")).isEqualTo("Chưa có quầy nào mở; số sẽ được gọi khi quầy mở");

        for (Dimension screen : List.of(new Dimension(1366, 768), new Dimension(768, 1024), new Dimension(1080, 1920))) {
            for (boolean full : List.of(false, true)) {
                window(screen, full);
                String name = "ticket" + (full ? "-full" : "");
                assertFits(screen, name, List.of("#ticket .ticket-main > p", "#ticket-code", "#ticket-priority",
                        "#ticket-counters", "#ticket-wait", "#ticket-printer", "#ticket-qr", "#ticket .home"));
                assertThat((Boolean) kiosk.browser.executeScript("return document.querySelector('#ticket .ticket-main > p')"
                        + ".getBoundingClientRect().top >= document.querySelector('header').getBoundingClientRect().bottom"))
                        .as(screen + " " + name + ": the heading below the header, not under it").isTrue();
                assertThat(((Number) kiosk.browser.executeScript(
                        "return document.querySelector('#ticket .home').getBoundingClientRect().height")).doubleValue())
                        .as(screen + " " + name + ": the home button a finger's size").isGreaterThanOrEqualTo(48);
            }
        }
    }

    /**
     * The field's only counter on a break: "Quầy phục vụ: 5" beside "Chưa có quầy nào mở" read as a
     * contradiction. The ticket says the counter is on a break, and that it calls the number when back.
     */
    @Test
    void shouldSayTheCounterIsOnABreak() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(5, "HT").open(5);
        Floor.asAdmin().post(floor.path("/counters/5/pause")).then().statusCode(200); // its officer on a break
        takeTicket(floor);
        assertThat(kiosk.text("ticket-counters")).isEqualTo("Quầy phục vụ: 5 (đang tạm nghỉ)");
        assertThat(kiosk.text("ticket-wait")).isEqualTo("Số của quý vị sẽ được gọi khi quầy làm việc trở lại");
    }

    /**
     * A field's words on its own colour read at a 1366×768 kiosk's size (small text: 4.5:1): white
     * on the demo's orange of Hộ kinh doanh was 3.1:1, on its tile and on the confirm screen.
     */
    @Test
    void shouldReadEveryFieldsWordsOnItsOwnColour() {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A", "colour", "#1565c0"))
                .field("KD", Map.of("names", Map.of("vi", "Thành lập và hoạt động của hộ kinh doanh"), "prefix", "E",
                        "colour", "#ef6c00"))
                .counter(1, "HT", "KD").open(1);
        kiosk.open(RestAssured.port, KioskTest.pair(floor, "KIOSK", null), null);
        assertThat(Axe.seriousViolations(kiosk.browser)).as("the home screen's tiles").isEmpty();
        kiosk.tap("[data-field=KD]");
        kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));
        assertThat(Axe.seriousViolations(kiosk.browser)).as("the confirm screen").isEmpty();
    }

    /** An elderly citizen's number (the priority line too: the tallest ticket) in field HT. */
    private static void takeTicket(Floor floor) {
        kiosk.open(RestAssured.port, KioskTest.pair(floor, "KIOSK", null), null);
        kiosk.tap("[data-field=HT]");
        kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));
        kiosk.tap("[data-priority=ELDERLY]");
        kiosk.tap("#take");
        kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("ticket") && !kiosk.text("ticket-code").isEmpty());
    }

    /** A commune's eight fields on a 768×1024 tablet kiosk: the last row (Bảo trợ xã hội, Người có công) was below the fold. */
    @Test
    void shouldShowEveryFieldOnATabletKiosk() throws IOException {
        Floor floor = Floor.create();
        String csv = new String(KioskFitsScreenTest.class.getResourceAsStream("/demo/fields.csv").readAllBytes(),
                StandardCharsets.UTF_8);
        int counter = 0;
        for (String line : csv.lines().skip(1).toList()) {
            String[] f = line.split(",");
            floor.field(f[0], Map.of("names", Map.of("vi", f[1], "en", f[2]), "prefix", f[3], "pictogram", f[4],
                    "colour", f[5], "serviceMinutes", Integer.parseInt(f[6])));
            floor.counter(++counter, f[0]); // closed: each tile says so, the longest status
            floor.issue(f[0]);
        }
        kiosk.open(RestAssured.port, KioskTest.pair(floor, "KIOSK", null), null);
        Dimension screen = new Dimension(768, 1024);
        for (boolean full : List.of(false, true)) {
            window(screen, full);
            assertFits(screen, "home-eight-fields" + (full ? "-full" : ""), List.of("#search-button", "#tiles .tile"));
            @SuppressWarnings("unchecked")
            List<Object> tiles = (List<Object>) kiosk.browser.executeScript("return Array.from(document.querySelectorAll('#tiles .tile'))"
                    + ".map((t) => [t.scrollHeight > t.clientHeight + 1 || t.scrollWidth > t.clientWidth + 1, t.getBoundingClientRect().height,"
                    + " t.querySelector('img').getBoundingClientRect().width])");
            assertThat(tiles).as(screen + ": eight tiles, none with words past its edge, each ≥ 48 px with its pictogram").hasSize(8)
                    .allSatisfy(t -> {
                        List<?> m = (List<?>) t;
                        assertThat(m.get(0)).isEqualTo(false);
                        assertThat(((Number) m.get(1)).doubleValue()).isGreaterThanOrEqualTo(48);
                        assertThat(((Number) m.get(2)).doubleValue()).isGreaterThan(0);
                    });
        }
    }

    /** A window of the screen's size (innerHeight less, by the browser's bars), or full: its inside the screen's size. */
    private static void window(Dimension screen, boolean full) {
        if (full) {
            inside(screen);
            return;
        }
        kiosk.browser.manage().window().setSize(screen);
        kiosk.waitUntil(Duration.ofSeconds(5), () -> Boolean.TRUE.equals(kiosk.browser.executeScript(
                "return outerWidth === arguments[0] && outerHeight === arguments[1]", screen.width, screen.height)));
        System.out.println("window " + screen + ": inside " + kiosk.browser.executeScript("return innerWidth + '×' + innerHeight"));
    }

    /** A field with seven procedures found by "dang" (the kiosk asks for six), one of them also online. */
    private static Floor floorWithProcedures() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        Floor.asAdmin().body(List.of(
                        procedure("1.001193", "Đăng ký khai sinh", null),
                        procedure("1.000656", "Đăng ký khai tử", "https://dichvucong.gov.vn/p/1.000656"),
                        procedure("1.000894", "Đăng ký kết hôn", null),
                        procedure("1.001022", "Đăng ký nhận cha, mẹ, con", null),
                        procedure("1.000689", "Đăng ký giám hộ", null),
                        procedure("1.004837", "Đăng ký thay đổi, cải chính hộ tịch", null),
                        procedure("1.001695", "Đăng ký lại kết hôn", null)))
                .post(floor.path("/procedures/import")).then().statusCode(200);
        return floor;
    }

    private static Map<String, Object> procedure(String code, String name, String online) {
        return online == null ? Map.of("code", code, "name_vi", name, "field", "HT")
                : Map.of("code", code, "name_vi", name, "field", "HT", "online_url", online);
    }

    /** Sizes the window so that its inside, where the page is drawn, is the kiosk's full screen. */
    private static void inside(Dimension screen) {
        kiosk.browser.manage().window().setSize(screen);
        @SuppressWarnings("unchecked")
        List<Number> frame = (List<Number>) kiosk.browser.executeScript(
                "return [outerWidth - innerWidth, outerHeight - innerHeight]");
        kiosk.browser.manage().window().setSize(new Dimension(screen.width + frame.get(0).intValue(),
                screen.height + frame.get(1).intValue()));
        kiosk.waitUntil(Duration.ofSeconds(5), () -> Boolean.TRUE.equals(kiosk.browser.executeScript(
                "return innerWidth === arguments[0] && innerHeight === arguments[1]", screen.width, screen.height)));
    }

    private static void type(String words) {
        for (char c : words.toCharArray()) {
            if (c == ' ') {
                kiosk.tap("#keyboard .space");
            } else {
                kiosk.browser.findElement(By.xpath("//div[@id='keyboard']//button[text()='" + Character.toUpperCase(c) + "']")).click();
            }
        }
    }

    private static long resultCount() {
        return (Long) kiosk.browser.executeScript("return document.querySelectorAll('#results .result').length");
    }

    private static void assertFits(Dimension screen, String name, List<String> selectors) {
        // the fonts in and two frames drawn: the screen fitted to what it shows
        kiosk.waitUntil(Duration.ofSeconds(5), () -> "loaded".equals(kiosk.browser.executeScript("return document.fonts.status")));
        kiosk.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(done));");
        Browser.screenshot(kiosk.browser, "kiosk-fits-" + name + "-" + screen.width + "x" + screen.height);
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) kiosk.browser.executeScript(OUTSIDE, selectors);
        assertThat(outside).as(screen + " " + name + " (inside " + kiosk.browser.executeScript("return innerWidth + '×' + innerHeight")
                + "): wholly in the window, nothing to scroll").isEmpty();
    }
}
