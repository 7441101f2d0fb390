package org.onedoor.floor.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VoicePackTest {

    @Test
    void shouldHaveAClipForEveryWordACallCanSay() {
        List<String> missing = Announcement.vocabulary().stream()
                .filter(word -> getClass().getClassLoader().getResource("META-INF/resources/voice/vi/" + word + ".ogg") == null)
                .toList();

        assertThat(missing).isEmpty();
        assertThat(Announcement.vocabulary()).contains("_chime", "mời", "mốt", "tư", "lăm", "linh", "nghìn", "z");
    }

    @Test
    void shouldServeClipsByTheirVietnameseName() {
        // REST Assured percent-encodes the path as a browser does: /voice/vi/m%E1%BB%9Di.ogg
        byte[] clip = RestAssured.given().get("/voice/vi/mời.ogg")
                .then().statusCode(200).extract().asByteArray();

        assertThat(new String(clip, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("OggS");
        assertThat(clip.length).isGreaterThan(2_000);
    }
}
