package org.onedoor.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/**
 * The paper ticket checked by tools we did not write: npos decodes the ESC/POS back into a
 * picture, tesseract reads the Vietnamese on it, zbarimg reads its QR code.
 */
@QuarkusTest
class PaperTicketTest {

    static final Path WORK = Path.of("target", "paper");
    static final Path TOOLS = Path.of("target", "test-tools", "node_modules");

    @Test
    void shouldPrintTheCodeTheFieldWithItsDiacriticsTheCentersLinesAndTheTrackingLink() throws Exception {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch", "en", "Civil status"), "prefix", "A"))
                .counter(3, "HT");
        Floor.asAdmin().body(Map.of("header", List.of("Ủy ban nhân dân xã Tân Phong"), "footer", List.of("Đường dây nóng 1900 1234")))
                .put(floor.path("/ticket-layout")).then().statusCode(200);
        floor.issue("HT");
        JsonPath ticket = floor.issue("HT");
        Files.createDirectories(WORK);
        Path bin = WORK.resolve("ticket.bin");
        Path pbm = WORK.resolve("ticket.pbm");

        byte[] escpos = Floor.asAdmin().get("/api/tickets/" + ticket.getString("id") + "/paper").then().statusCode(200)
                .contentType("application/octet-stream").extract().asByteArray();
        Files.write(bin, escpos);

        String decoded = run(List.of("node", "src/test/resources/print/escpos-to-pbm.js", bin.toString(), pbm.toString()));
        assertThat(decoded).contains("\"width\":576", "ESC @", "GS v0", "GS V");
        String text = run(List.of("tesseract", pbm.toString(), "stdout", "-l", "vie"));
        assertThat(text).contains("A002", "Hộ tịch", "Số người trước bạn: 1", "Thời gian chờ khoảng 10 phút", "Tân Phong",
                "1900 1234");
        String qr = run(List.of("zbarimg", "--raw", "-q", pbm.toString())).strip();
        assertThat(qr).isEqualTo("http://localhost:" + RestAssured.port + "/t/" + ticket.getString("trackingToken"));
    }

    @Test
    void shouldGiveThePictureAndRefuseOtherSizes() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String id = floor.issue("HT").getString("id");

        byte[] png = Floor.asAdmin().get("/api/tickets/" + id + "/paper?format=png&width=384").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        Floor.asAdmin().get("/api/tickets/" + id + "/paper?width=500").then().statusCode(400).contentType("application/problem+json");
        Floor.asAdmin().get("/api/tickets/" + id + "/paper?format=pdf").then().statusCode(400);
        Floor.asAdmin().get("/api/tickets/not-an-id/paper").then().statusCode(404);
    }

    /** Runs a tool, with npos found under target/test-tools (run-tests installs it). */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile(WORK, "tool", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().put("NODE_PATH", TOOLS.toAbsolutePath().toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + " said: " + Files.readString(errors)).isZero();
        return out;
    }
}
