package org.onedoor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.ServerErrors;
import org.onedoor.testing.fuzz.CenterState;
import org.onedoor.testing.fuzz.FuzzCenter;
import org.onedoor.testing.fuzz.RawWebSocket;

/**
 * The size limits: a body larger than its path allows is a 413 problem and changes nothing, a
 * legitimate large upload still passes, and a WebSocket message over the limit closes that socket
 * (1009) and no other.
 */
@QuarkusTest
class SizeLimitTest {

    /** BodyLimits.DEFAULT, the limit of every JSON and form body. */
    static final int JSON_LIMIT = 64 * 1024;

    @Test
    void shouldRefuseAnOversizedJsonBodyWith413AndChangeNothing() {
        FuzzCenter center = FuzzCenter.create();
        CenterState before = CenterState.of(center.code(), center.tickets());
        String note = "x".repeat(JSON_LIMIT + 1024);

        Floor.asAdmin().body(Map.of("field", "HT", "note", note)).post("/api/centers/" + center.code() + "/tickets")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("65536"));
        Floor.asAdmin().body(Map.of("label", note, "fields", java.util.List.of("HT")))
                .put("/api/centers/" + center.code() + "/counters/1").then().statusCode(413);

        assertThat(before.differences(CenterState.of(center.code(), center.tickets()))).isEmpty();
    }

    @Test
    void shouldRefuseAnOversizedChunkedBodyWith413() throws Exception {
        FuzzCenter center = FuzzCenter.create();
        byte[] body = new byte[6 * 1024 * 1024]; // over the global 5 MB, without a Content-Length
        Arrays.fill(body, (byte) 'x');
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/centers/"
                        + center.code() + "/procedures/import"))
                .header("Content-Type", "text/csv").header("Authorization", center.targets().adminAuth())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"detail\"");
    }

    @Test
    void shouldLetEachUploadUpToItsOwnLimit() {
        FuzzCenter center = FuzzCenter.create();
        String c = "/api/centers/" + center.code();
        // a catalogue of 2,500 procedures (~600 KB) is a legitimate import: previewed, not refused
        StringBuilder csv = new StringBuilder("code,name_vi,name_en,field,online_url\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append("1.").append(100_000 + i).append(",Thủ tục đăng ký hộ tịch số ").append(i)
                    .append(" của công dân cư trú trên địa bàn xã,Civil status procedure ").append(i)
                    .append(",HT,https://dichvucong.gov.vn/p/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=").append(i).append('\n');
        }
        assertThat(csv.length()).as("larger than any JSON body may be").isGreaterThan(JSON_LIMIT);
        Floor.asAdmin().contentType("text/csv").body(csv.toString()).post(c + "/procedures/import?dryRun=true")
                .then().statusCode(200).body("created.size()", org.hamcrest.Matchers.is(2_500));
        Floor.asAdmin().contentType("text/csv").body("x".repeat(4 * 1024 * 1024 + 1)).post(c + "/procedures/import")
                .then().statusCode(413).contentType("application/problem+json");

        // a logo a little over 256 KB gets the layout's own message; a much larger one is not read
        byte[] png = new byte[300 * 1024];
        png[0] = (byte) 0x89;
        Floor.asAdmin().contentType("image/png").body(png).put(c + "/ticket-layout/logo").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("256 KB"));
        Floor.asAdmin().contentType("image/png").body(new byte[600 * 1024]).put(c + "/ticket-layout/logo")
                .then().statusCode(413).contentType("application/problem+json");

        byte[] clip = new byte[1_100_000];
        System.arraycopy("OggS".getBytes(StandardCharsets.US_ASCII), 0, clip, 0, 4);
        Floor.asAdmin().contentType("audio/ogg").body(clip).put("/api/voice-packs/hmn/clips/hai.ogg")
                .then().statusCode(413).contentType("application/problem+json");
        Floor.asAdmin().contentType("application/x-www-form-urlencoded").body("username=a&password=" + "x".repeat(70_000))
                .post("/login").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void shouldCloseOnlyTheSocketThatSendsAnOversizedMessage() throws Exception {
        FuzzCenter center = FuzzCenter.create();
        String floor = "/ws/centers/" + center.code() + "/floor?token=" + center.targets().kioskToken();
        FloorClient bystander = FloorClient.connect(center.code(), center.targets().kioskToken(), null);
        bystander.next();

        try (ServerErrors errors = ServerErrors.watch(); RawWebSocket big = RawWebSocket.open(floor);
                RawWebSocket fragmented = RawWebSocket.open(floor)) {
            big.sendText("x".repeat(20_000)); // one frame over 16 KB
            assertThat(big.alive(2_000)).isFalse();
            // 1009 when its close frame is read before the server's reset of the unread rest
            assertThat(big.closeCode()).isIn(1009, -1);

            byte[] part = "y".repeat(2_000).getBytes(StandardCharsets.US_ASCII);
            fragmented.send(RawWebSocket.TEXT, part, false, true, 0); // small frames, 20 KB in all
            for (int i = 0; i < 9; i++) {
                fragmented.send(RawWebSocket.CONTINUATION, part, i == 8, true, 0);
            }
            assertThat(fragmented.alive(2_000)).isFalse();
            // a client's fault, not ours: one broken or hostile client must not fill the log with errors
            assertThat(errors.lines()).as("server errors").isEmpty();
        }

        bystander.send("ping");
        assertThat(bystander.next().get("type").asText()).isEqualTo("Pong");
        try (RawWebSocket justUnder = RawWebSocket.open(floor)) {
            justUnder.sendText("p".repeat(16_000));
            assertThat(justUnder.alive(500)).as("a message under the limit keeps its socket").isTrue();
        }
        given().get("/q/health/live").then().statusCode(200);
    }
}
