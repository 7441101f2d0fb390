package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Axe;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.KioskPage;
import org.onedoor.testing.TcpProxy;
import org.onedoor.testing.TestDatabase;
import org.openqa.selenium.By;

/**
 * The seconds between a citizen's tap on Take and their number, when the server is slow or the
 * link stalls: the kiosk says it is getting the number, a tap again sends nothing more, and the
 * status goes once the ticket (or the outage number) is on the screen. In real Chromium.
 */
@QuarkusTest
class KioskGettingNumberScreenTest {

    static KioskPage kiosk;

    @Inject
    TestDatabase database;

    @BeforeAll
    static void startBrowser() {
        kiosk = new KioskPage(Browser.screen(1920, 1080));
    }

    @AfterAll
    static void stopBrowser() {
        kiosk.browser.quit();
    }

    /** The center's row held by a slow transaction: the kiosk's request waits in the server. */
    @Test
    void shouldShowGettingYourNumberWhileTheServerIsSlowAndSendNoSecondRequest() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        kiosk.open(RestAssured.port, KioskTestDevices.pair(floor, "KIOSK", null), null);
        kiosk.tap("[data-field=HT]");
        kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));

        try (HeldRow slow = HeldRow.center(database, floor.center)) {
            kiosk.tap("#take");
            slow.awaitWaiters(1, Duration.ofSeconds(5));
            kiosk.waitUntil(Duration.ofSeconds(4), () -> !kiosk.text("getting-number").isEmpty());
            assertThat(kiosk.text("getting-number")).isEqualTo("Đang lấy số…");
            assertThat(status().getAttribute("role")).isEqualTo("status");
            assertThat(status().getAttribute("aria-live")).isEqualTo("polite");
            Browser.screenshot(kiosk.browser, "kiosk-getting-number");

            // the citizen taps again, and tries to go back to another field
            kiosk.tap("#take");
            kiosk.tap("#take");
            kiosk.tap("#confirm .back");
            assertThat(kiosk.shown("confirm")).as("the choice the request went with stays on the screen").isTrue();
            slow.release(); // well within the 6 s a kiosk's ticket may take
        }

        kiosk.waitUntil(Duration.ofSeconds(5), () -> kiosk.shown("ticket"));
        assertThat(kiosk.text("ticket-code")).isEqualTo("A001");
        assertThat(kiosk.text("getting-number")).as("the status gone with the answer").isEmpty();
        JsonPath events = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath();
        assertThat(events.getList("findAll { it.type == 'TicketIssued' }.body.ticket.code")).as("one ticket for the taps")
                .containsExactly("A001");

        // the next citizen finds every button working again
        kiosk.tap("#ticket .home");
        kiosk.tap("[data-field=HT]");
        kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));
        assertThat(List.of("#take", "#confirm .back", "#language-button"))
                .allSatisfy(css -> assertThat(kiosk.browser.findElement(By.cssSelector(css)).isEnabled()).as(css).isTrue());
        kiosk.tap("#take");
        kiosk.waitUntil(Duration.ofSeconds(5), () -> kiosk.shown("ticket"));
        assertThat(kiosk.text("ticket-code")).isEqualTo("A002");
    }

    /** The link stalls: the status stays for the seconds the kiosk waits, until it gives a leased number. */
    @Test
    void shouldShowGettingYourNumberUntilTheKioskFallsBackToAnOutageNumber() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            kiosk.open(network.port(), KioskTestDevices.pair(floor, "KIOSK", null), "lang=en");
            kiosk.waitUntil(Duration.ofSeconds(5), () -> kiosk.browser.executeScript("return window.onedoor.offline.state.day") != null);
            kiosk.tap("[data-field=HT]");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));

            network.stall();
            kiosk.tap("#take");
            kiosk.waitUntil(Duration.ofSeconds(4), () -> !kiosk.text("getting-number").isEmpty());
            assertThat(kiosk.text("getting-number")).isEqualTo("Getting your number…");
            assertThat(spinnerAnimation()).as("the ring turns").isEqualTo("getting-number-turn");
            kiosk.tap("#take");
            assertThat(Axe.seriousViolations(kiosk.browser)).as("the confirm screen while getting the number").isEmpty();

            kiosk.waitUntil(Duration.ofSeconds(15), () -> kiosk.shown("ticket")); // the kiosk waits 8 s
            assertThat(kiosk.text("ticket-code")).isEqualTo("A990");
            assertThat(kiosk.text("getting-number")).as("the status gone with the fallback").isEmpty();
            assertThat((List<?>) kiosk.browser.executeScript("return window.onedoor.offline.waiting()"))
                    .as("one outage number for the taps").hasSize(1);

            network.restore();
            kiosk.waitUntil(Duration.ofSeconds(20),
                    () -> ((List<?>) kiosk.browser.executeScript("return window.onedoor.offline.waiting()")).isEmpty());
            assertThat(floor.callNextCode(1)).isEqualTo("A990");
        }
    }

    /** A citizen whose system asks for less motion sees a still ring beside the words. */
    @Test
    void shouldNotTurnTheRingForACitizenWhoAsksForLessMotion() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        kiosk.open(RestAssured.port, KioskTestDevices.pair(floor, "KIOSK", null), null);
        kiosk.browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try (HeldRow slow = HeldRow.center(database, floor.center)) {
            kiosk.tap("[data-field=HT]");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));
            kiosk.tap("#take");
            slow.awaitWaiters(1, Duration.ofSeconds(5));
            kiosk.waitUntil(Duration.ofSeconds(4), () -> !kiosk.text("getting-number").isEmpty());

            assertThat(spinnerAnimation()).isEqualTo("none");
            slow.release();
        } finally {
            kiosk.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        kiosk.waitUntil(Duration.ofSeconds(5), () -> kiosk.shown("ticket"));
    }

    private static org.openqa.selenium.WebElement status() {
        return kiosk.browser.findElement(By.id("getting-number"));
    }

    private static String spinnerAnimation() {
        return (String) kiosk.browser.executeScript(
                "return getComputedStyle(document.getElementById('getting-number'), '::before').animationName");
    }
}
