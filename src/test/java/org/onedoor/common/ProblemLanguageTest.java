package org.onedoor.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.TestDatabase;

/**
 * A refusal is worded in the language the client puts first: the staff pages and the guidance desk
 * send their page's language, and everyone else reads the API's English.
 */
@QuarkusTest
class ProblemLanguageTest {

    @Inject
    TestDatabase database;

    /** An address nothing serves: the API says so in the client's words, and a browser gets a page, not JSON. */
    @Test
    void shouldAnswerAnAddressNothingServesInTheClientsWordsAndAPageToABrowser() {
        given().header("Accept-Language", "vi").get("/api/centers/demo/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("detail", is("Không có trang hay địa chỉ này. Hãy kiểm tra lại đường dẫn."));
        String page = given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "vi-VN,vi;q=0.9").get("/khong-co").then().statusCode(404)
                .contentType(org.hamcrest.Matchers.containsString("text/html")).extract().asString();
        assertThat(page).contains("<html lang=\"vi\">", "Không có trang hay địa chỉ này", "<a href=\"/login\">Đến trang đăng nhập</a>")
                .doesNotContain("khong-co");
        given().header("Accept", "text/html").header("Accept-Language", "en").get("/khong-co").then().statusCode(404)
                .body(org.hamcrest.Matchers.containsString("There is no page or address here."));
        // a client that prefers JSON, or refuses HTML, gets the problem whatever else it names
        for (String accept : List.of("application/json, text/html;q=0.5", "text/html;q=0, application/problem+json", "text/html;q=0.0")) {
            given().header("Accept", accept).get("/khong-co").then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void shouldWordARefusalInVietnameseForAPageThatAsksInVietnamese() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String callNext = floor.path("/counters/1/call-next");

        Floor.asAdmin().header("Accept-Language", "vi").post(callNext).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("Quầy 1 đang đóng; hãy mở quầy trước khi gọi số."));
        Floor.asAdmin().header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8").post(callNext).then().statusCode(409)
                .body("detail", is("Quầy 1 đang đóng; hãy mở quầy trước khi gọi số."));
        Floor.asAdmin().post(callNext).then().statusCode(409)
                .body("detail", is("Counter 1 is closed; open it before calling."));
        Floor.asAdmin().header("Accept-Language", "en-US,en;q=0.9,vi;q=0.8").post(callNext).then().statusCode(409)
                .body("detail", is("Counter 1 is closed; open it before calling."));
        Floor.asAdmin().header("Accept-Language", ";;;q=abc").post(callNext).then().statusCode(409)
                .body("detail", is("Counter 1 is closed; open it before calling."));
        // the staff pages' language this browser keeps comes before the browser's own languages
        Floor.asAdmin().cookie(PageLanguage.COOKIE, "vi").header("Accept-Language", "en-US,en").post(callNext).then()
                .statusCode(409).body("detail", is("Quầy 1 đang đóng; hãy mở quầy trước khi gọi số."));
        Floor.asAdmin().cookie(PageLanguage.COOKIE, "en").header("Accept-Language", "vi").post(callNext).then()
                .statusCode(409).body("detail", is("Counter 1 is closed; open it before calling."));
        // but a page's own script (it sends X-CSRF-Token) asks in its page's language: another tab's switch is not this page's
        Floor.asAdmin().cookie(PageLanguage.COOKIE, "en").header("X-CSRF-Token", "t").header("Accept-Language", "vi")
                .post(callNext).then().statusCode(409).body("detail", is("Quầy 1 đang đóng; hãy mở quầy trước khi gọi số."));
        Floor.asAdmin().cookie(PageLanguage.COOKIE, "fr").header("Accept-Language", "vi").post(callNext).then()
                .statusCode(409).body("detail", is("Quầy 1 đang đóng; hãy mở quầy trước khi gọi số."));
    }

    @Test
    void shouldPutTheTicketsStateAndTheActionInVietnameseWords() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String ticket = floor.issue("HT").getString("id");

        Floor.asAdmin().header("Accept-Language", "vi").post("/api/tickets/" + ticket + "/complete").then().statusCode(409)
                .body("detail", is("Vé A001 đang chờ; không thể hoàn thành."));
        Floor.asAdmin().post("/api/tickets/" + ticket + "/complete").then().statusCode(409)
                .body("detail", is("Ticket A001 is waiting; \"complete\" is not possible now."));
    }

    @Test
    void shouldWordTheAnswersOfTheFrameworkAndBeanValidationInVietnameseToo() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");

        given().header("Accept-Language", "vi").post(floor.path("/counters/1/call-next")).then().statusCode(401)
                .body("detail", is("Hãy đăng nhập để làm việc này."));
        Floor.asAdmin().header("Accept-Language", "vi").contentType("application/json")
                .body(Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "abc"))
                .put(floor.path("/fields/HT")).then().statusCode(400)
                .body("detail", is("Yêu cầu có giá trị không hợp lệ."))
                .body("errors", hasItem("Chữ đầu số: phải là một hoặc hai chữ cái in hoa không dấu (A–Z)"));
        Floor.asAdmin().header("Accept-Language", "vi").contentType("application/json")
                .body(Map.of("label", "", "fields", java.util.List.of("HT")))
                .put(floor.path("/counters/1")).then().statusCode(400)
                .body("errors", hasItem("Nhãn: không được để trống"));
        // a name the form calls "Tên tiếng Việt", not the API's names[vi]
        Floor.asAdmin().header("Accept-Language", "vi").contentType("application/json")
                .body(Map.of("names", Map.of("vi", " "), "prefix", "B"))
                .put(floor.path("/fields/HT")).then().statusCode(400)
                .body("errors", hasItem(org.hamcrest.Matchers.startsWith("Tên tiếng Việt: ")));
        Floor.asAdmin().header("Accept-Language", "vi").contentType("application/json")
                .body(Map.of("names", Map.of(), "prefix", "B"))
                .put(floor.path("/fields/HT")).then().statusCode(400)
                .body("detail", is("Cần có tên tiếng Việt."));
        Floor.asAdmin().contentType("application/json").body(Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "abc"))
                .put(floor.path("/fields/HT")).then().statusCode(400)
                .body("detail", is("The request has invalid values."))
                .body("errors", hasItem("Prefix letter: must be one or two capital letters without marks (A–Z)"));
    }

    /**
     * The guidance desk issues while the database holds its request past the deadline: the 503 it
     * shows its officer as it is must be in the officer's language, like every other refusal.
     */
    @Test
    void shouldWordTheDeadlinesAnswerInTheLanguageAsked() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        CompletableFuture<String> vietnamese;
        CompletableFuture<String> english;
        try (HeldRow events = HeldRow.center(database, floor.center)) {
            vietnamese = CompletableFuture.supplyAsync(() -> Floor.asAdmin().header("Accept-Language", "vi")
                    .body(Map.of("field", "HT")).post(floor.path("/tickets")).then().statusCode(503)
                    .contentType("application/problem+json").extract().path("detail"));
            english = CompletableFuture.supplyAsync(() -> Floor.asAdmin().body(Map.of("field", "HT"))
                    .post(floor.path("/tickets")).then().statusCode(503).extract().path("detail"));
            assertThat(vietnamese.get(30, TimeUnit.SECONDS)).startsWith("Máy chủ không xử lý kịp");
            assertThat(english.get(30, TimeUnit.SECONDS)).startsWith("The server could not finish in time");
            events.release();
        }
    }

    /** One reading of Accept-Language for JAX-RS's answers and the Vert.x routes' (deadline, busy server). */
    @Test
    void shouldReadTheLanguageTheHeaderPrefers() {
        assertThat(ProblemLanguage.ofHeader("vi-VN,vi;q=0.9,en;q=0.8")).isEqualTo("vi");
        assertThat(ProblemLanguage.ofHeader("en;q=0.1, vi")).as("by quality, not order").isEqualTo("vi");
        assertThat(ProblemLanguage.ofHeader("fr, vi")).isEqualTo("en");
        assertThat(ProblemLanguage.ofHeader("vi;q=0")).as("q=0: not acceptable").isEqualTo("en");
        assertThat(ProblemLanguage.ofHeader(";;;q=abc")).isEqualTo("en");
        assertThat(ProblemLanguage.ofHeader(null)).isEqualTo("en");
    }
}
