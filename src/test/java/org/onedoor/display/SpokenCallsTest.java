package org.onedoor.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.floor.voice.Announcement;
import org.onedoor.testing.Browser;
import org.onedoor.testing.FileTrees;
import org.onedoor.testing.Floor;

/** How the hall screen copes with a voice pack that lacks words and a browser that blocks sound. */
@QuarkusTest
class SpokenCallsTest {

    /** onedoor.voice.dir in the test profile. */
    static final Path CENTER_PACKS = Path.of("target/test-voice");

    ScreenDriver screen;

    @AfterEach
    void cleanUp() throws IOException {
        if (screen != null) {
            screen.browser.quit();
        }
        FileTrees.delete(CENTER_PACKS);
    }

    @Test
    void shouldSkipAWordWithoutAClipAudiblyAndFinishTheCall() throws IOException {
        // a center's pack, half recorded: the chime and the first two words
        Path pack = Files.createDirectories(CENTER_PACKS.resolve("tyz"));
        Files.writeString(pack.resolve("pack.json"), "{\"name\": \"Tày\", \"speech\": \"tyz\"}");
        for (String word : List.of("_chime", "xin", "mời")) {
            try (InputStream clip = getClass().getClassLoader().getResourceAsStream("voice/vi/" + word + ".ogg")) {
                Files.copy(clip, pack.resolve(word + ".ogg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
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

    @Test
    void shouldAskForATapWhenTheBrowserBlocksSoundAndThenSpeak() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        screen = new ScreenDriver(Browser.withDefaultAutoplayPolicy(1280, 720));
        screen.open(RestAssured.port, "hall.html", ScreenDriver.pair(floor, "HALL_SCREEN", null), null);

        String code = floor.callNextCode(1);

        screen.waitUntil(Duration.ofSeconds(5), () -> screen.shown("sound"));
        assertThat(screen.text("sound")).isEqualTo("Chạm vào màn hình để bật âm thanh gọi số");
        assertThat(screen.text("spotlight-code")).as("the call is shown while sound waits").isEqualTo(code);
        assertThat(screen.playedSoFar(code)).isZero();
        screen.browser.findElement(org.openqa.selenium.By.id("sound")).click();

        assertThat(screen.played(code, Duration.ofSeconds(30))).containsExactlyElementsOf(Announcement.forCall(code, 1));
        assertThat(screen.shown("sound")).isFalse();
    }
}
