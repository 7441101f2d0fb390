package org.onedoor.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;

/** A counter screen in a real headless Chromium, moved to another counter by the administrator, untouched. */
@QuarkusTest
class CounterScreenMoveTest {

    static ScreenDriver screen;

    @BeforeAll
    static void startBrowser() {
        screen = new ScreenDriver(Browser.screen(1280, 800));
    }

    @AfterAll
    static void stopBrowser() {
        screen.browser.quit();
    }

    @Test
    void shouldShowTheNewCounterAndItsCallsWhenTheScreenIsMovedWithNoOneAtIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT").counter(5, "HT").open(2).open(5);
        floor.issue("HT");
        floor.issue("HT");
        String token = ScreenDriver.pair(floor, "COUNTER_SCREEN", 2);
        screen.open(RestAssured.port, "counter.html", token, null);
        assertThat(screen.text("counter-title")).isEqualTo("Quầy số 2");
        String id = Floor.asAdmin().get("/api/devices/" + floor.center).then().extract().path("[0].id");

        Floor.asAdmin().body(Map.of("counter", 5)).put("/api/devices/" + floor.center + "/" + id + "/counter")
                .then().statusCode(200);

        screen.waitUntil(Duration.ofSeconds(10), () -> screen.text("counter-title").equals("Quầy số 5"));
        screen.waitUntil(Duration.ofSeconds(10), () -> "live".equals(screen.browser.executeScript(
                "return window.onedoor.connection.lastSeq !== null && window.onedoor.connection.status")));
        // what it keeps for a start in an outage says so too
        assertThat(screen.browser.executeScript("return JSON.parse(localStorage.getItem('onedoor.device')).device.counter"))
                .isEqualTo(5L);
        assertThat(floor.callNextCode(2)).as("called at its old counter").isEqualTo("A001");
        assertThat(floor.callNextCode(5)).isEqualTo("A002");
        screen.waitUntil(Duration.ofSeconds(3), () -> screen.text("now-code").equals("A002"));
        assertThat(screen.text("now-label")).isEqualTo("Xin mời số");
        Browser.screenshot(screen.browser, "counter-screen-moved");
    }
}
