package org.onedoor.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.PaperReader;

/**
 * The paper ticket checked by tools we did not write: npos decodes the ESC/POS back into a
 * picture, tesseract reads the Vietnamese on it, zbarimg reads its QR code.
 */
@QuarkusTest
class PaperTicketTest {

    static final Path WORK = Path.of("target", "paper");

    @Test
    void shouldPrintTheCodeTheFieldWithItsDiacriticsTheCentersLinesAndTheTrackingLink() throws Exception {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch", "en", "Civil status"), "prefix", "A"))
                .counter(3, "HT").open(3);
        Floor.asAdmin().body(Map.of("header", List.of("Ủy ban nhân dân xã Tân Phong"), "footer", List.of("Đường dây nóng 1900 1234")))
                .put(floor.path("/ticket-layout")).then().statusCode(200);
        floor.issue("HT");
        JsonPath ticket = floor.issue("HT");
        byte[] escpos = Floor.asAdmin().get("/api/tickets/" + ticket.getString("id") + "/paper").then().statusCode(200)
                .contentType("application/octet-stream").extract().asByteArray();

        PaperReader.Paper paper = PaperReader.read(escpos, WORK, "ticket");
        assertThat(paper.decoded()).contains("\"width\":576", "ESC @", "GS v0", "GS V");
        assertThat(paper.text()).contains("A002", "Hộ tịch", "Số người trước quý vị: 1", "Thời gian chờ khoảng 10 phút", "Tân Phong",
                "1900 1234", "phục vụ: 3") // "Quầy phục vụ: 3" (OCR may drop a mark of Quầy)
                .as("the counters that will call it, not a call to go there before it is called").doesNotContain("Mời đến");
        assertThat(paper.qr()).isEqualTo("http://localhost:" + RestAssured.port + "/t/" + ticket.getString("trackingToken"));
    }

    /** A ticket taken in English is printed in English: which counters serve it, and to wait for the call. */
    @Test
    void shouldPrintAnEnglishTicketsCountersAsTheOnesServingIt() throws Exception {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch", "en", "Civil status"), "prefix", "A"))
                .counter(3, "HT").counter(4, "HT").open(3).open(4);
        String id = Floor.asAdmin().body(Map.of("field", "HT", "language", "en")).post(floor.path("/tickets")).then()
                .statusCode(201).extract().path("id");
        byte[] escpos = Floor.asAdmin().get("/api/tickets/" + id + "/paper").then().statusCode(200).extract().asByteArray();

        String text = PaperReader.read(escpos, WORK, "english").text();

        assertThat(text).contains("A001", "Served at counters: 3, 4", "Please wait to be called").doesNotContain("Go to counter");
    }

    /** Before opening time, or over lunch: the paper promises no wait, as the kiosk's screen and the hall do not. */
    @Test
    void shouldPromiseNoWaitWhenNoCounterOfTheFieldIsOpen() throws Exception {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A")).counter(3, "HT");
        floor.issue("HT");
        String id = floor.issue("HT").getString("id");
        byte[] escpos = Floor.asAdmin().get("/api/tickets/" + id + "/paper").then().statusCode(200).extract().asByteArray();

        String text = PaperReader.read(escpos, WORK, "no-counter-open").text();

        assertThat(text).contains("A002", "Số người trước quý vị: 1", "Chưa có quầy nào mở")
                .doesNotContain("Thời gian chờ");
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
}
