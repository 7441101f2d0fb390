package org.onedoor.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.floor.voice.Announcement;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TcpProxy;
import org.onedoor.testing.TestClock;

/** The hall screen's calls, in a real headless Chromium against the real server and database: shown, spoken, never missed. */
@QuarkusTest
class HallScreenTest {

    static ScreenDriver screen;

    @Inject
    TestClock clock;

    @BeforeAll
    static void startBrowser() {
        screen = new ScreenDriver(Browser.screen(1920, 1080));
    }

    @AfterAll
    static void stopBrowser() {
        screen.browser.quit();
    }

    @Test
    void shouldShowACallWithinASecondAndPlayItsClipsInOrder() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5)
                .counter(1, "CT").counter(2, "HT").counter(3, "HT").open(1).open(3);
        Floor.asAdmin().body(Map.of("notice", "Giờ làm việc: 7:00 – 17:00. Xin cảm ơn quý công dân!"))
                .patch("/api/centers/" + floor.center).then().statusCode(200);
        floor.issue("HT");
        floor.issue("HT");
        floor.issue("CT");
        floor.issue("CT");
        floor.callNextCode(1);
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        String code = floor.callNextCode(3);

        screen.waitUntil(Duration.ofSeconds(1), () -> screen.boardShows(3, code));
        assertThat(screen.text("spotlight-code")).isEqualTo(code);
        List<String> played = screen.played(code, Duration.ofSeconds(30));
        assertThat(played).containsExactlyElementsOf(Announcement.forCall(code, 3));
        assertThat(played).startsWith("_chime", "xin", "mời").contains("a").endsWith("quầy", "số", "ba");
        assertThat(screen.text("notice")).contains("Giờ làm việc");
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.text("recent").equals("B001 → 1"));
        Browser.screenshot(screen.browser, "hall-screen");
    }

    /**
     * A citizen who stepped out during their call finds it under the spotlight: the calls before
     * the spotlight's, newest first, each code once (A001 was called and recalled: one entry).
     */
    @Test
    void shouldListTheCallsBeforeTheSpotlightsNewestFirstEachCodeOnce() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        for (int counter = 1; counter <= 3; counter++) {
            floor.counter(counter, "HT").open(counter);
            floor.issue("HT");
        }
        String first = floor.callNext(1).getString("id");
        Floor.asAdmin().post("/api/tickets/" + first + "/recall").then().statusCode(200);
        floor.callNextCode(2);
        floor.callNextCode(3);

        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("spotlight-code").equals("A003"));
        List<String> recent = recentLines();
        assertThat(recent).containsExactly("A002 → 2", "A001 → 1");
        assertThat(screen.text("recent-calls")).startsWith("VỪA GỌI");
    }

    /**
     * A burst of more calls than the screen keeps (a morning's opening): while the first is still
     * being said, the line of recent calls lists none of those not said yet.
     */
    @Test
    void shouldListNoCallNotYetSaidDuringABurst() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 20);
        for (int counter = 1; counter <= 12; counter++) {
            floor.counter(counter, "HT").open(counter);
            floor.issue("HT");
        }
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        floor.callNextCode(1);
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("spotlight-code").equals("A001"));

        for (int counter = 2; counter <= 12; counter++) {
            floor.callNextCode(counter);
        }
        screen.waitUntil(Duration.ofSeconds(5), () -> "A012".equals(screen.browser.executeScript(
                "return window.onedoor.model.calls[0] && window.onedoor.model.calls[0].code")));

        assertThat(screen.text("spotlight-code")).as("still saying the burst's first calls").isIn("A001", "A002");
        List<String> recent = recentLines();
        assertThat(recent).allSatisfy(line -> assertThat(line).matches("A00[12] → [12]"));
    }

    /** The spotlight's citizen sent elsewhere during a burst: the calls queued behind it are not listed before they are said. */
    @Test
    void shouldListNoQueuedCallWhenTheSpotlightIsClearedDuringABurst() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 20);
        for (int counter = 1; counter <= 5; counter++) {
            floor.counter(counter, "HT").open(counter);
            floor.issue("HT");
        }
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        String first = floor.callNext(1).getString("id");
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("spotlight-code").equals("A001"));
        for (int counter = 2; counter <= 5; counter++) {
            floor.callNextCode(counter);
        }
        screen.waitUntil(Duration.ofSeconds(5), () -> "A005".equals(screen.browser.executeScript(
                "return window.onedoor.model.calls[0] && window.onedoor.model.calls[0].code")));

        Floor.asAdmin().body(Map.of("counter", 2)).post("/api/tickets/" + first + "/transfer").then().statusCode(200);
        screen.waitUntil(Duration.ofSeconds(5), () -> !"A001".equals(screen.text("spotlight-code")));

        @SuppressWarnings("unchecked")
        List<String> queued = (List<String>) screen.browser.executeScript(
                "return window.onedoor.announcer.queue.map(q => q.call.code)");
        @SuppressWarnings("unchecked")
        List<String> recent = (List<String>) screen.browser.executeScript(
                "return Array.from(document.querySelectorAll('#recent li b')).map(b => b.textContent)");
        assertThat(queued).as("the burst is still being said").isNotEmpty();
        assertThat(recent).doesNotContainAnyElementsOf(queued);
    }

    /**
     * After a power cut the TV box came up before the server: its page was there (the browser's
     * cache) but not its words. It keeps asking, and starts once they come, with nobody to reload it.
     */
    @Test
    void shouldStartOnceItsWordsCanBeReadAfterBootingBeforeTheServer() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String token = ScreenDriver.pair(floor, "HALL_SCREEN", null);
        screen.browser.executeCdpCommand("Network.enable", Map.of());
        screen.browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/display/messages/*")));
        try {
            screen.browser.get("http://127.0.0.1:" + RestAssured.port + "/display/hall.html?token=" + token);
            Thread.sleep(3000);
            assertThat(screen.browser.executeScript("return !!window.onedoor")).as("not started without its words").isEqualTo(false);
        } finally {
            screen.browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        screen.waitUntil(Duration.ofSeconds(30), () -> "live".equals(screen.browser.executeScript(
                "return window.onedoor && window.onedoor.connection.status")));
        screen.waitUntil(Duration.ofSeconds(5), () -> !screen.text("center-name").isBlank());
    }

    @Test
    void shouldShowAndSpeakEveryMissedCallStillWaitingAfterTheNetworkIsCut() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        floor.issue("HT");
        floor.issue("HT");
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            screen.open(network.port(), "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
            screen.browser.executeScript("window.loadedOnce = 'yes'");

            // the hall's switch is off for 30 s; two calls are made meanwhile
            network.cut();
            long cutAt = System.nanoTime();
            screen.waitUntil(Duration.ofSeconds(5), () -> screen.shown("status"));
            assertThat(screen.text("status")).contains("kết nối lại");
            // solid over the header: a box pulsing to 60 % mingled its words with the center's name
            assertThat(screen.browser.executeScript("""
                    const note = document.getElementById('status');
                    return note.getAnimations().length + ' ' + getComputedStyle(note).opacity""")).isEqualTo("0 1");
            String first = floor.callNextCode(1);
            sleepUntil(cutAt + Duration.ofSeconds(20).toNanos());
            String second = floor.callNextCode(2);
            sleepUntil(cutAt + Duration.ofSeconds(30).toNanos());
            network.restore();

            screen.waitUntil(Duration.ofSeconds(20), () -> screen.boardShows(1, first) && screen.boardShows(2, second));
            screen.waitUntil(Duration.ofSeconds(2), () -> !screen.shown("status"));
            assertThat(screen.browser.executeScript("return window.loadedOnce")).as("no reload").isEqualTo("yes");
            // missed while away, so replayed: both calls are in the hall's list, newest first, and
            // both are spoken, in order: neither citizen has come, and a citizen who cannot read
            // has only the voice
            assertThat(screen.browser.executeScript("return window.onedoor.model.calls.map(c => c.code)"))
                    .asList().startsWith(second, first);
            assertThat(screen.played(first, Duration.ofSeconds(40))).containsExactlyElementsOf(Announcement.forCall(first, 1));
            assertThat(screen.played(second, Duration.ofSeconds(40))).containsExactlyElementsOf(Announcement.forCall(second, 2));
        }
    }

    /** A screen left on overnight: no event marks the new day, yet yesterday's numbers must not greet the morning. */
    @Test
    void shouldDrawTheFloorAfreshWhenTheCentersNextServiceDayBegins() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        String code = floor.callNextCode(1);
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.boardShows(1, code));

        clock.advance(Duration.ofDays(1));
        // the screen learns the server's time from its next Pong (every 20 s): here, at once
        screen.browser.executeScript("window.onedoor.clock.sync(arguments[0])", clock.instant().toString());

        screen.waitUntil(Duration.ofSeconds(40), () -> !screen.boardShows(1, code));
        assertThat(screen.text("spotlight-code")).as("nobody called yet today").isEmpty();
        assertThat(screen.browser.executeScript("return window.onedoor.model.calls.length")).isEqualTo(0L);
    }

    /** A call missed while the network was down, whose citizen was served meanwhile, is not called again. */
    @Test
    void shouldNotSpeakAMissedCallWhoseTicketWasServedDuringTheGap() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            screen.open(network.port(), "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

            network.cut();
            screen.waitUntil(Duration.ofSeconds(5), () -> screen.shown("status"));
            var called = floor.callNext(1);
            floor.serve(called.getString("id"));
            network.restore();

            screen.waitUntil(Duration.ofSeconds(20), () -> Boolean.TRUE.equals(screen.browser.executeScript(
                    "return window.onedoor.model.calls.some(c => c.code === arguments[0])", called.getString("code"))));
            screen.waitUntil(Duration.ofSeconds(2), () -> !screen.shown("status"));
            sleepUntil(System.nanoTime() + Duration.ofSeconds(3).toNanos());
            assertThat(screen.playedSoFar(called.getString("code"))).as("served while the hall was away").isZero();
        }
    }

    @Test
    void shouldFinishAnAnnouncementBeforeStartingTheNextOne() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        floor.issue("HT");
        floor.issue("HT");
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        String first = floor.callNextCode(1);
        screen.waitUntil(Duration.ofSeconds(10), () -> screen.playedSoFar(first) >= 3);
        String second = floor.callNextCode(2);

        // the second call is on the board at once, but its words wait for the first call's last word
        screen.waitUntil(Duration.ofSeconds(1), () -> screen.boardShows(2, second));
        assertThat(screen.playedSoFar(second)).isZero();
        List<String> firstWords = screen.played(first, Duration.ofSeconds(30));
        assertThat(firstWords).containsExactlyElementsOf(Announcement.forCall(first, 1));
        assertThat(screen.played(second, Duration.ofSeconds(30))).containsExactlyElementsOf(Announcement.forCall(second, 2));
        @SuppressWarnings("unchecked")
        List<Long> order = (List<Long>) screen.browser.executeScript(
                "return window.onedoor.announcer.history.map(h => h.key)");
        assertThat(order).as("no word of the second call before the first call's last").isSorted();
    }

    /**
     * Counter 2 calls A002 while A001's call is still being said, and its officer presses Start at
     * once: the citizen has not heard their number yet, so it is said all the same. Then A002 is
     * sent to counter 3: the spotlight stops pointing the hall at counter 2 and rests on A001.
     */
    @Test
    void shouldSayACallStartedBeforeItsTurnAndNotSpotlightOneSentElsewhere() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").counter(3, "HT")
                .open(1).open(2).open(3);
        floor.issue("HT");
        floor.issue("HT");
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        String first = floor.callNextCode(1);
        screen.waitUntil(Duration.ofSeconds(10), () -> screen.playedSoFar(first) >= 1);

        var second = floor.callNext(2);
        Floor.asAdmin().post("/api/tickets/" + second.getString("id") + "/start").then().statusCode(200);

        assertThat(screen.played(second.getString("code"), Duration.ofSeconds(40)))
                .containsExactlyElementsOf(Announcement.forCall(second.getString("code"), 2));
        assertThat(screen.text("spotlight-code")).isEqualTo(second.getString("code"));
        floor.sendTo(second.getString("id"), 3);
        screen.waitUntil(Duration.ofSeconds(3), () -> screen.text("spotlight-code").equals(first));
        assertThat(screen.text("spotlight-counter")).isEqualTo("1");

        // A001 is sent on too: nobody called is still wanted where they were called, on this screen
        // or on one opened now (from the snapshot), in the spotlight or in the recent calls
        String firstId = (String) screen.browser.executeScript("return window.onedoor.model.counters[1].nowServing.id");
        floor.sendTo(firstId, 3);
        screen.waitUntil(Duration.ofSeconds(3), () -> screen.text("spotlight-code").isEmpty());
        assertThat(recentCalls()).isEmpty();
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        assertThat(screen.text("spotlight-code")).isEmpty();
        assertThat(recentCalls()).isEmpty();
    }

    /**
     * Nobody called to a counter (the morning, or the last one called has been served): the
     * spotlight says what to do, not a dash that reads as a broken screen, nor a served citizen's
     * number still "invited" to a counter the board shows free.
     */
    @Test
    void shouldInviteTheHallToTakeANumberWhileNobodyIsCalled() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.shown("spotlight-none"));
        assertThat(screen.text("spotlight-none")).isEqualTo("Mời quý công dân lấy số thứ tự và chờ được gọi");
        assertThat(screen.shown("spotlight-code")).isFalse();

        floor.issue("HT");
        String id = floor.callNext(1).getString("id");
        screen.waitUntil(Duration.ofSeconds(3), () -> screen.text("spotlight-code").equals("A001"));
        assertThat(screen.shown("spotlight-none")).isFalse();

        floor.serve(id);
        screen.waitUntil(Duration.ofSeconds(3), () -> screen.shown("spotlight-none"));
        assertThat(screen.shown("spotlight-code")).isFalse();
        assertThat(screen.boardShows(1, "—")).isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<String> recentCalls() {
        return (List<String>) screen.browser.executeScript(
                "return Array.from(document.querySelectorAll('#recent li')).map(li => li.textContent)");
    }

    private static void sleepUntil(long nanoTime) {
        try {
            Thread.sleep(Math.max(0, (nanoTime - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The "Vừa gọi" line as the hall shows it: "A002 → 2", newest first. */
    @SuppressWarnings("unchecked")
    private static List<String> recentLines() {
        return (List<String>) screen.browser.executeScript(
                "return Array.from(document.querySelectorAll('#recent li')).map(li => li.textContent)");
    }
}
