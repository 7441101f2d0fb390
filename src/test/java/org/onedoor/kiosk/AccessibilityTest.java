package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Axe;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.KioskPage;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;

/** axe-core finds no serious or critical violation on the citizen's pages, nor on the officer's. */
@QuarkusTest
class AccessibilityTest {

    static KioskPage page;

    /** The WCAG contrast ratio of an element's text colour against its background colour. */
    private static final String CONTRAST = """
            const style = getComputedStyle(document.getElementById(arguments[0]));
            const lum = (css) => {
              const [r, g, b] = css.match(/[\\d.]+/g).slice(0, 3).map((v) => {
                const c = Number(v) / 255;
                return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
              });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const [a, b] = [lum(style.color), lum(style.backgroundColor)];
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);""";

    @BeforeAll
    static void startBrowser() {
        page = new KioskPage(Browser.screen(1080, 1920));
    }

    @AfterAll
    static void stopBrowser() {
        page.browser.quit();
    }

    @Test
    void shouldLetEveryoneUseTheKioskHomeTicketScreenAndTrackingPage() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5).counter(1, "HT").open(1);
        page.open(RestAssured.port, KioskTest.pair(floor, "KIOSK", null), null);
        Browser.screenshot(page.browser, "kiosk-home-portrait");

        assertThat(Axe.seriousViolations(page.browser)).as("kiosk home").isEmpty();

        page.tap("[data-field=HT]");
        page.tap("#take");
        page.waitUntil(Duration.ofSeconds(2), () -> page.shown("ticket"));
        assertThat(Axe.seriousViolations(page.browser)).as("ticket screen").isEmpty();

        String token = (String) page.browser.executeScript("return window.onedoor.kiosk.taken.ticket.trackingToken");
        page.browser.get("http://127.0.0.1:" + RestAssured.port + "/t/" + token);
        page.waitUntil(Duration.ofSeconds(5), () -> page.text("code").equals("A001"));
        assertThat(Axe.seriousViolations(page.browser)).as("tracking page").isEmpty();
    }

    /** An officer must read which counter the workspace is at before pressing Open (it was white on white). */
    @Test
    void shouldLetAnOfficerReadEveryControlOfTheWorkspace() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        Page desk = new Page(Browser.screen(1280, 900));
        try {
            Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
            desk.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(desk.browser.executeScript(
                    "return !!(window.onedoor && window.onedoor.model.counters[1])")));

            assertThat(Axe.seriousViolations(desk.browser)).as("counter workspace").isEmpty();
            // axe leaves a select's own text out of its contrast check
            assertThat(((Number) desk.browser.executeScript(CONTRAST, "counter")).doubleValue()).as("the counter picker")
                    .isGreaterThanOrEqualTo(4.5);
        } finally {
            desk.browser.quit();
        }
    }
}
