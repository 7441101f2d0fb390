package org.onedoor.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TcpProxy;

/**
 * A TV box's browser reloads a screen while the server cannot be reached (a power blip, its
 * browser restarted): the screen comes back from the copies its service worker kept, says it is
 * waiting for the server, and catches up once it answers; while the server answers, its current
 * files are served, never the copies. Each test has a browser of its own: a worker or copies left
 * by another test must not help it.
 */
@QuarkusTest
class ScreenReloadDuringOutageTest {

    /** The screens' copies (display-ui/shell-worker.js: one cache per worker, named by its scope). */
    static final String SCREENS_CACHE = "onedoor-shell:/display/";

    ScreenDriver screen;

    @BeforeEach
    void startBrowser() {
        screen = new ScreenDriver(Browser.screen(1920, 1080));
    }

    @AfterEach
    void stopBrowser() {
        screen.browser.quit();
    }

    @Test
    void shouldWaitOnItsOwnPageWhenReloadedDuringAnOutageAndShowACallMadeMeanwhileOnceBack() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            screen.open(network.port(), "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
            screen.awaitKeptForOutage();

            network.cut();
            screen.browser.navigate().refresh();

            awaitStatus("Không kết nối được máy chủ. Đang thử lại…");
            Browser.screenshot(screen.browser, "hall-reloaded-in-outage");
            String code = floor.callNextCode(1);
            network.restore();

            screen.waitUntil(Duration.ofSeconds(30), () -> screen.boardShows(1, code));
            assertThat(screen.text("spotlight-code")).isEqualTo(code);
            screen.waitUntil(Duration.ofSeconds(5), () -> !screen.shown("status"));
        }
    }

    /**
     * Network first: a copy that is not the server's file (as after an upgrade of the server) is
     * not what the screen gets while the server answers, and the server's answer replaces it.
     */
    @Test
    void shouldServeTheServersCurrentFilesWhileItAnswersAndKeepThemForTheNextOutage() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT").open(2);
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            screen.open(network.port(), "counter.html", ScreenDriver.pair(floor, "COUNTER_SCREEN", 2), null);
            screen.awaitKeptForOutage();
            screen.browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    caches.open(arguments[0]).then(c => c.put(new URL('counter.html', location.href).href,
                        new Response('<!DOCTYPE html><p id="old">an older version</p>', { headers: { 'Content-Type': 'text/html' } })))
                      .then(() => done(), (e) => done(String(e)));""", SCREENS_CACHE);

            screen.browser.navigate().refresh();
            screen.waitUntil(Duration.ofSeconds(15), () -> "Quầy số 2".equals(screen.browser.executeScript(
                    "const t = document.getElementById('counter-title'); return t && t.textContent")));
            assertThat(keptPage()).as("the copy, refreshed from the server's answer").contains("js/counter.js")
                    .doesNotContain("an older version");

            network.cut();
            screen.browser.navigate().refresh();
            awaitStatus("Không kết nối được máy chủ. Đang thử lại…");
            network.restore();
            screen.waitUntil(Duration.ofSeconds(30), () -> "Quầy số 2".equals(screen.text("counter-title")));
        }
    }

    /** The text of the copy of the page kept for an outage. */
    private String keptPage() {
        return (String) screen.browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const page = new URL(location.href);
                page.search = '';
                caches.open(arguments[0]).then(c => c.match(page.href)).then(r => r ? r.text() : 'none').then(done, (e) => done(String(e)));""",
                SCREENS_CACHE);
    }

    /** Waits for the screen's own status line (Chromium's error page has none) to say this. */
    private void awaitStatus(String text) {
        screen.waitUntil(Duration.ofSeconds(30), () -> text.equals(screen.browser.executeScript(
                "const s = document.getElementById('status'); return s && !s.hidden ? s.textContent : null")));
    }
}
