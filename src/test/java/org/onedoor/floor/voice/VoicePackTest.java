package org.onedoor.floor.voice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.FileTrees;
import org.onedoor.testing.Floor;

@QuarkusTest
class VoicePackTest {

    /** onedoor.voice.dir in the test profile: where a center's own packs live. */
    static final Path CENTER_PACKS = Path.of("target/test-voice");

    @AfterEach
    void removeCenterPacks() throws IOException {
        FileTrees.delete(CENTER_PACKS);
    }

    @Test
    void shouldHaveAClipForEveryWordACallOrAClosedKioskCanSay() {
        List<String> missing = java.util.stream.Stream.concat(Announcement.vocabulary().stream(), VietnameseTimes.WORDS.stream())
                .filter(word -> getClass().getClassLoader().getResource("voice/vi/" + word + ".ogg") == null)
                .toList();

        assertThat(missing).isEmpty();
        assertThat(Announcement.vocabulary()).contains("_chime", "mời", "mốt", "tư", "lăm", "linh", "nghìn", "z");
        given().get("/api/voice-packs/vi").then().statusCode(200)
                .body("name", equalTo("Tiếng Việt")).body("missing", equalTo(0)).body("clips.'mời'", equalTo("mời.ogg"));
    }

    @Test
    void shouldServeClipsByTheirVietnameseName() {
        // REST Assured percent-encodes the path as a browser does: /voice/vi/m%E1%BB%9Di.ogg
        byte[] clip = given().get("/voice/vi/mời.ogg")
                .then().statusCode(200).contentType("audio/ogg").extract().asByteArray();

        assertThat(new String(clip, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("OggS");
        assertThat(clip.length).isGreaterThan(2_000);
    }

    @Test
    void shouldListAPackACenterPutsOnDiskByItsOwnName() throws IOException {
        Path hmoob = Files.createDirectories(CENTER_PACKS.resolve("hmn"));
        Files.writeString(hmoob.resolve("pack.json"), "{\"name\": \"Hmoob\", \"speech\": \"hmn\"}");
        Files.write(hmoob.resolve("mời.ogg"), "OggS-hmoob-moi".getBytes(StandardCharsets.US_ASCII));
        Files.write(hmoob.resolve("hai.ogg"), "OggS-hmoob-hai".getBytes(StandardCharsets.US_ASCII));

        List<Map<String, Object>> packs = given().get("/api/voice-packs").then().statusCode(200)
                .extract().jsonPath().getList("$");

        assertThat(packs).extracting(p -> p.get("language")).containsExactly("vi", "en", "hmn");
        assertThat(packs.get(2)).containsEntry("name", "Hmoob").containsEntry("speech", "hmn")
                .containsEntry("clips", Map.of("hai", "hai.ogg", "mời", "mời.ogg"));
        assertThat((Integer) packs.get(2).get("missing")).isEqualTo(Announcement.vocabulary().size() - 2);
        assertThat(given().get("/voice/hmn/hai.ogg").then().statusCode(200).extract().asString()).isEqualTo("OggS-hmoob-hai");
    }

    /** A pack being recorded word by word is not offered to citizens until an administrator names it. */
    @Test
    void shouldOfferAPackOnceItIsNamed() throws IOException {
        Path tay = Files.createDirectories(CENTER_PACKS.resolve("tyz"));
        Files.write(tay.resolve("mời.ogg"), "OggS-tay-moi".getBytes(StandardCharsets.US_ASCII));
        given().get("/api/voice-packs/tyz").then().statusCode(200).body("offered", equalTo(false)).body("name", equalTo("tyz"));
        // one word of a call recorded: a citizen's number would be called in silence
        Floor.asAdmin().body(Map.of("name", "Tày")).put("/api/voice-packs/tyz").then().statusCode(409)
                .contentType("application/problem+json");
        for (String word : Announcement.vocabulary()) {
            Files.write(tay.resolve(word + ".ogg"), ("OggS-tay-" + word).getBytes(StandardCharsets.UTF_8));
        }

        Floor.asAdmin().body(Map.of("name", "  Tày ")).put("/api/voice-packs/tyz").then().statusCode(200)
                .body("offered", equalTo(true)).body("name", equalTo("Tày")).body("clips.'mời'", equalTo("mời.ogg"));
        given().get("/api/voice-packs").then().body("find { it.language == 'tyz' }.name", equalTo("Tày"));
        given().get("/api/voice-packs/vi").then().body("offered", equalTo(true));

        Floor.asAdmin().body(Map.of("name", "")).put("/api/voice-packs/tyz").then().statusCode(400)
                .contentType("application/problem+json");
        Floor.asAdmin().body(Map.of("name", "x".repeat(41))).put("/api/voice-packs/tyz").then().statusCode(400);
        Floor.asAdmin().body(Map.of("name", "Tày")).put("/api/voice-packs/T1").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/voice-packs/tyz").then().body("name", equalTo("Tày"));
        // no word recorded yet: offered, it would be silence
        Floor.asAdmin().body(Map.of("name", "Hmoob")).put("/api/voice-packs/hmn").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/voice-packs").then().body("language", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("hmn")));
    }

    @Test
    void shouldPreferTheCentersOwnRecordingOfAWord() throws IOException {
        Path vi = Files.createDirectories(CENTER_PACKS.resolve("vi"));
        Files.write(vi.resolve("quầy.ogg"), "OggS-our-own-voice".getBytes(StandardCharsets.US_ASCII));

        assertThat(given().get("/voice/vi/quầy.ogg").then().statusCode(200).extract().asString())
                .isEqualTo("OggS-our-own-voice");
        given().get("/api/voice-packs/vi").then().body("missing", equalTo(0)).body("name", equalTo("Tiếng Việt"));
    }

    @Test
    void shouldKeepAClipAnAdministratorUploads() {
        byte[] recording = "OggS-recorded-at-the-center".getBytes(StandardCharsets.US_ASCII);

        org.onedoor.testing.Floor.asAdmin().contentType("audio/ogg").body(recording).put("/api/voice-packs/hmn/clips/mời.ogg")
                .then().statusCode(200).body("language", equalTo("hmn")).body("clips.'mời'", equalTo("mời.ogg"));

        assertThat(given().get("/voice/hmn/mời.ogg").then().statusCode(200).extract().asByteArray()).isEqualTo(recording);
        org.onedoor.testing.Floor.asAdmin().contentType("audio/ogg").body(recording).put("/api/voice-packs/hmn/clips/virus.exe")
                .then().statusCode(400).contentType("application/problem+json");
        org.onedoor.testing.Floor floor = org.onedoor.testing.Floor.create();
        floor.as(floor.user("MANAGER")).contentType("audio/ogg").body(recording).put("/api/voice-packs/hmn/clips/hai.ogg")
                .then().statusCode(403);
    }

    @Test
    void shouldAnswerAClipReadAgainUnchangedWithoutItsBytes() {
        byte[] first = "OggS-first-take".getBytes(StandardCharsets.US_ASCII);
        Floor.asAdmin().contentType("audio/ogg").body(first).put("/api/voice-packs/hmn/clips/ba.ogg").then().statusCode(200);
        String tag = given().get("/voice/hmn/ba.ogg").then().statusCode(200).extract().header("ETag");
        assertThat(tag).isNotBlank();

        // what a kiosk's browser sends when it reads the clip again (its service worker revalidates
        // every read): no bytes, and the copy it holds made fresh again
        byte[] again = given().header("If-None-Match", tag).get("/voice/hmn/ba.ogg").then().statusCode(304)
                .header("ETag", tag).header("Cache-Control", "public, max-age=300").extract().asByteArray();
        assertThat(again).isEmpty();
        // as a proxy may pass it on: weakened, or among other tags
        given().header("If-None-Match", "W/" + tag).get("/voice/hmn/ba.ogg").then().statusCode(304);
        given().header("If-None-Match", "\"other\", " + tag).get("/voice/hmn/ba.ogg").then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/voice/hmn/ba.ogg").then().statusCode(200);

        // the word recorded anew: its new bytes, under a new tag
        byte[] second = "OggS-second-take".getBytes(StandardCharsets.US_ASCII);
        Floor.asAdmin().contentType("audio/ogg").body(second).put("/api/voice-packs/hmn/clips/ba.ogg").then().statusCode(200);
        var fresh = given().header("If-None-Match", tag).get("/voice/hmn/ba.ogg").then().statusCode(200).extract();
        assertThat(fresh.asByteArray()).isEqualTo(second);
        assertThat(fresh.header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void shouldRefuseAPathOutsideThePack() {
        given().get("/voice/vi/..%2F..%2Fapplication.properties").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/voice/vi/nothing.ogg").then().statusCode(404);
        given().get("/api/voice-packs/xx").then().statusCode(404).contentType("application/problem+json");
    }
}
