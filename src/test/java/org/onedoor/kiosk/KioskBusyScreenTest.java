package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.KioskPage;
import org.onedoor.testing.TcpProxy;

/**
 * What a citizen sees when the kiosk's tap gives no ticket for a passing reason (the kiosk's
 * limit, the server out of reach): a friendly "wait a moment or go to the desk", in real Chromium.
 */
@QuarkusTest
class KioskBusyScreenTest {

    static KioskPage kiosk;

    @Inject
    KioskLimits limits;

    @BeforeAll
    static void startBrowser() {
        kiosk = new KioskPage(Browser.screen(1920, 1080));
    }

    @AfterAll
    static void stopBrowser() {
        kiosk.browser.quit();
    }

    @Test
    void shouldAskToWaitWhenTheKioskHasReachedItsLimit() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String token = KioskTestDevices.pair(floor, "KIOSK", null);
        kiosk.open(RestAssured.port, token, null);
        // a stuck screen has used up this kiosk's burst just before
        for (int i = 0; i < limits.burst(); i++) {
            KioskTestDevices.asDevice(token).body(Map.of("field", "HT")).post("/api/kiosk/tickets").then().statusCode(201);
        }

        kiosk.tap("[data-field=HT]");
        kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));
        kiosk.tap("#take");

        kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("take-problem"));
        assertThat(kiosk.text("take-problem")).isEqualTo("Xin vui lòng chờ trong giây lát hoặc đến bàn hướng dẫn.");
        assertThat(kiosk.browser.executeScript("return window.onedoor.kiosk.refused")).isEqualTo(429L);
        assertThat(kiosk.lastSaid()).containsEntry("key", "say.busy");
        assertThat(kiosk.shown("confirm")).isTrue();
        Browser.screenshot(kiosk.browser, "kiosk-busy");
        int waiting = RestAssured.given().get(floor.path("/kiosk")).then().extract().path("fields[0].waiting");
        assertThat(waiting).isEqualTo(limits.burst());
    }

    @Test
    void shouldAskToWaitWhenTheServerCannotBeReachedAndNoOutageNumberIsLeft() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            kiosk.open(network.port(), KioskTestDevices.pair(floor, "KIOSK", null), "lang=en");
            // its numbers for outages are used up (KioskOfflineScreenTest gives one out)
            kiosk.waitUntil(Duration.ofSeconds(5), () -> kiosk.browser.executeScript("return window.onedoor.offline.state.day") != null);
            kiosk.browser.executeScript("window.onedoor.offline.state.free = {}");
            kiosk.tap("[data-field=HT]");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));

            network.cut();
            kiosk.tap("#take");

            kiosk.waitUntil(Duration.ofSeconds(5), () -> kiosk.shown("take-problem"));
            assertThat(kiosk.text("take-problem")).isEqualTo("Please wait a moment or go to the guidance desk.");
            assertThat(kiosk.browser.executeScript("return window.onedoor.kiosk.refused")).isEqualTo("unreachable");
            assertThat(kiosk.lastSaid()).containsEntry("key", "say.busy");

            network.restore();
            kiosk.tap("#take");
            kiosk.waitUntil(Duration.ofSeconds(5), () -> kiosk.shown("ticket"));
            assertThat(kiosk.text("ticket-code")).isEqualTo("A001");
        }
    }
}
