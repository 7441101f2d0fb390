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

/** axe-core finds no serious or critical violation on the citizen's pages. */
@QuarkusTest
class AccessibilityTest {

    static KioskPage page;

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
}
