package org.onedoor.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.floor.voice.Announcement;
import org.onedoor.testing.Browser;
import org.onedoor.testing.CenterVoicePacks;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

/** How the hall screen copes with a voice pack that lacks words and a browser that blocks sound. */
@QuarkusTest
class SpokenCallsTest {

    @Inject
    TestClock clock;

    ScreenDriver screen;

    @AfterEach
    void cleanUp() throws IOException {
        if (screen != null) {
            screen.browser.quit();
        }
        CenterVoicePacks.deleteAll();
    }

    @Test
    void shouldSkipAWordWithoutAClipAudiblyAndFinishTheCall() throws IOException {
        // a center's pack, half recorded: the chime and the first two words
        recordTay(List.of("_chime", "xin", "mời"));
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        screen = new ScreenDriver(Browser.screen(1280, 720));
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), "voice=tyz");

        String code = floor.callNextCode(1);

        List<String> played = screen.played(code, Duration.ofSeconds(40));
        List<String> words = Announcement.forCall(code, 1);
        assertThat(played).hasSameSizeAs(words).startsWith("_chime", "xin", "mời");
        for (int i = 3; i < words.size(); i++) {
            // headless Chromium has no Tày voice, so each missing word is a chime
            assertThat(played.get(i)).isIn(words.get(i) + ":chime", words.get(i) + ":speech");
        }
    }

    /**
     * The center records the rest of its Tày words while the hall screen runs: the screen reads
     * its packs again by itself (here every second, `?packs=1`; every ten minutes by default), and
     * the next call is said in the new recordings, with nobody at the screen to reload it.
     */
    @Test
    void shouldSayTheWordsACenterRecordsWhileTheScreenRuns() throws IOException {
        recordTay(List.of("_chime", "xin", "mời"));
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        floor.issue("HT");
        floor.issue("HT");
        screen = new ScreenDriver(Browser.screen(1280, 720));
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), "voice=tyz&packs=1");
        String first = floor.callNextCode(1);
        List<String> firstWords = Announcement.forCall(first, 1);
        assertThat(screen.played(first, Duration.ofSeconds(40)).get(3)).as("not recorded yet")
                .isIn(firstWords.get(3) + ":chime", firstWords.get(3) + ":speech");

        recordTay(Announcement.vocabulary());
        // the pack read whole (a read while the files were being copied may have found part of them)
        screen.waitUntil(Duration.ofSeconds(10), () -> Long.valueOf(Announcement.vocabulary().size()).equals(
                screen.browser.executeScript("return Object.keys(window.onedoor.announcer.packs.tyz.clips).length")));
        String second = floor.callNextCode(2);

        assertThat(screen.played(second, Duration.ofSeconds(40))).containsExactlyElementsOf(Announcement.forCall(second, 2));
    }

    /** The words a center has recorded so far in its Tày pack. */
    private static void recordTay(java.util.Collection<String> words) throws IOException {
        CenterVoicePacks.record("tyz", "Tày", words);
    }


    @Test
    void shouldSkipALanguageWhosePackHasNoneOfTheCallsWordsRatherThanChimeEachWord() {
        // the shipped English pack speaks the kiosk's prompts, not calls
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        screen = new ScreenDriver(Browser.screen(1280, 720));
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), "voice=vi,en");

        String code = floor.callNextCode(1);

        List<String> words = Announcement.forCall(code, 1);
        assertThat(screen.played(code, Duration.ofSeconds(40)).subList(0, words.size())).isEqualTo(words);
        screen.waitUntil(Duration.ofSeconds(20), () -> Boolean.FALSE.equals(
                screen.browser.executeScript("return window.onedoor.announcer.playing")));
        List<String> heard = screen.heard(code, Duration.ofSeconds(1));
        assertThat(heard.subList(words.size(), heard.size())).as("after the Vietnamese words")
                .containsExactly("no call words");
    }

    @Test
    void shouldSpeakEveryRecentCallMissedDuringAShortResync() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        floor.issue("HT");
        floor.issue("HT");
        screen = new ScreenDriver(Browser.screen(1280, 720));
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        // the socket goes away for a moment (as after a 4000 or a lost frame), and two counters call meanwhile
        screen.browser.executeScript("window.onedoor.connection.drop()");
        String first = floor.callNextCode(1);
        String second = floor.callNextCode(2);

        assertThat(screen.played(first, Duration.ofSeconds(40))).as("not only the newest").hasSameSizeAs(Announcement.forCall(first, 1));
        assertThat(screen.played(second, Duration.ofSeconds(40))).hasSameSizeAs(Announcement.forCall(second, 2));
    }

    /**
     * A TV box slept for an hour (its clock stood still meanwhile, as performance.now() may in a
     * suspend) while two counters' calls went unanswered. Back, it must not take them for recent
     * and say them: once the server has told it the time, both are an hour late, and neither is said.
     */
    @Test
    void shouldNotSpeakCallsMissedAnHourAgoWhileTheBoxSlept() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        floor.issue("HT");
        floor.issue("HT");
        Instant asleep = clock.instant();
        try {
            clock.freezeAt(asleep);
            screen = new ScreenDriver(Browser.screen(1280, 720));
            screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
            screen.browser.executeScript("window.onedoor.connection.stop()");
            String first = floor.callNextCode(1);
            String second = floor.callNextCode(2);
            clock.freezeAt(asleep.plus(Duration.ofHours(1))); // the box's clock did not see this hour go by

            screen.browser.executeScript("const c = window.onedoor.connection; c.stopped = false; c.connect()");

            assertThat(screen.heard(first, Duration.ofSeconds(20))).as("too late to say").containsExactly("stale");
            assertThat(screen.heard(second, Duration.ofSeconds(20))).as("too late to say").containsExactly("stale");
        } finally {
            clock.unfreeze();
        }
    }

    /**
     * The browser wants a tap before it plays sound: the hall finds out as it opens, with nobody
     * called yet, while whoever set the screen up is there to tap, not at the morning's first call
     * in an empty hall. A call made before the tap is shown, and said once tapped.
     */
    @Test
    void shouldAskForATapAsTheHallOpensWhenTheBrowserBlocksSoundAndThenSpeak() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        screen = new ScreenDriver(Browser.withDefaultAutoplayPolicy(1280, 720));
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        screen.waitUntil(Duration.ofSeconds(10), () -> screen.shown("sound"));
        assertThat(screen.text("sound")).isEqualTo("Chạm vào màn hình để bật âm thanh gọi số");
        String code = floor.callNextCode(1);

        screen.waitUntil(Duration.ofSeconds(5), () -> code.equals(screen.text("spotlight-code")));
        assertThat(screen.shown("sound")).as("still waiting for the tap").isTrue();
        assertThat(screen.playedSoFar(code)).isZero();
        screen.browser.findElement(org.openqa.selenium.By.id("sound")).click();

        assertThat(screen.played(code, Duration.ofSeconds(30))).containsExactlyElementsOf(Announcement.forCall(code, 1));
        assertThat(screen.shown("sound")).isFalse();
    }

    /**
     * Fourteen counters call at opening time; each call takes 13 s to say (Vietnamese clips, as
     * measured). The announcer runs on a clock the test drives: the last call starts minutes after
     * it was made, and is still said whole, as is every call before it.
     */
    @Test
    void shouldSayEveryCallOfAMorningBurstWhole() {
        openHall();
        List<String> history = runAnnouncer("""
                let t = 1000000;
                const a = new Announcer({ languages: ['vi'], now: () => t });
                a.say = async (call, language, word) => { await null; t += 13000; a.record(call.key, language, word, 'clip'); };
                for (let i = 1; i <= 14; i++) a.announce({ key: 'k' + i, clips: ['xin', 'mời', 'A' + i], occurredAt: t });
                """);
        assertThat(history).hasSize(14 * 3).doesNotContain("k10:stale", "k14:stale");
        assertThat(history).startsWith("k1:xin", "k1:mời", "k1:A1").endsWith("k14:xin", "k14:mời", "k14:A14");
    }

    /**
     * A call whose clips stall (each word given up after 8 s, on a link that loads nothing) gives
     * up the rest of its words after 40 s, rather than hold the call behind it for two minutes;
     * that call is said whole.
     */
    @Test
    void shouldGiveUpACallWhoseClipsStallAndSayTheNextWhole() {
        openHall();
        List<String> history = runAnnouncer("""
                let t = 0;
                const a = new Announcer({ languages: ['vi'], now: () => t });
                a.say = async (call, language, word) => {
                  await null;
                  const stalls = call.key === 'stalled';
                  t += stalls ? 8000 : 500;
                  a.record(call.key, language, word, stalls ? 'chime' : 'clip');
                };
                a.announce({ key: 'stalled', clips: ['_chime', 'xin', 'mời', 'công', 'dân', 'có', 'số', 'a', 'hai',
                  'mươi', 'ba', 'đến', 'quầy', 'số', 'ba'], occurredAt: t });
                a.announce({ key: 'next', clips: ['xin', 'mời'], occurredAt: t });
                """);
        assertThat(history).containsExactly("stalled:_chime", "stalled:xin", "stalled:mời", "stalled:công", "stalled:dân",
                "stalled:có", "stalled:too long", "next:xin", "next:mời");
    }

    /**
     * Sound blocked for three minutes (nobody tapped): the call held by it and the one queued behind
     * it are too old once sound comes back, and a call whose ticket left its counter meanwhile is
     * dropped; a call made after the tap is said.
     */
    @Test
    void shouldDropACallHeldTooLongBySoundBlockedOrWithdrawnMeanwhile() {
        openHall();
        List<String> history = runAnnouncer("""
                let t = 0;
                let blockOnce = true;
                const a = new Announcer({ languages: ['vi'], now: () => t, stillWanted: (call) => call.key !== 'sent-elsewhere' });
                a.say = async (call, language, word) => {
                  if (blockOnce) { blockOnce = false; await a.waitForSound(); }
                  t += 1000; a.record(call.key, language, word, 'clip');
                };
                a.announce({ key: 'first', clips: ['xin', 'mời'], occurredAt: t });
                a.announce({ key: 'second', clips: ['xin', 'mời'], occurredAt: t });
                await new Promise((later) => setTimeout(later, 50));
                t += 180000;
                a.enableSound();
                a.announce({ key: 'sent-elsewhere', clips: ['xin', 'mời'], occurredAt: t });
                a.announce({ key: 'third', clips: ['xin', 'mời'], occurredAt: t });
                """);
        assertThat(history).containsExactly("first:xin", "first:stale", "second:stale", "sent-elsewhere:withdrawn",
                "third:xin", "third:mời");
    }

    private void openHall() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        screen = new ScreenDriver(Browser.screen(1280, 720));
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);
        screen.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(
                screen.browser.executeScript("return !!(window.onedoor && window.onedoor.announcer)")));
    }

    /**
     * Runs {@code script} in the page with {@code Announcer} (the hall's own class) and {@code a},
     * the announcer it makes, then waits until it has said everything: what it recorded, as key:word
     * or key:how.
     */
    @SuppressWarnings("unchecked")
    private List<String> runAnnouncer(String script) {
        screen.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return (List<String>) screen.browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const Announcer = window.onedoor.announcer.constructor;
                (async () => {
                """ + script + """
                  while (a.playing) await new Promise((later) => setTimeout(later, 20));
                  done(a.history.map((h) => h.key + ':' + (h.word || h.how)));
                })().catch((e) => done(['error: ' + e]));
                """);
    }
}
