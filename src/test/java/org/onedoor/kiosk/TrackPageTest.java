package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;

/** The public tracking page on a phone-sized headless Chromium: it follows the ticket live. */
@QuarkusTest
class TrackPageTest {

    /** A phone set to English, as many in Vietnam are whoever holds them. */
    static Page phone;

    @BeforeAll
    static void startBrowser() {
        phone = new Page(Browser.screen(390, 844, "en-US"));
    }

    @AfterAll
    static void stopBrowser() {
        phone.browser.quit();
    }

    @Test
    void shouldFollowTheTicketUntilItIsCalled() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(4, "HT").open(4);
        floor.issue("HT");
        String token = floor.issue("HT").getString("trackingToken");
        follow(token, "vi");

        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("code").equals("A002"));
        assertThat(phone.text("state")).isEqualTo("Còn 1 người trước quý vị");
        assertThat(phone.text("detail")).isEqualTo("Dự kiến khoảng 10 phút");
        assertThat(phone.text("field")).isEqualTo("Lĩnh vực HT");

        floor.serve(floor.callNext(4).getString("id"));
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Quý vị là người tiếp theo"));
        String mine = floor.callNext(4).getString("id");
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Mời quý vị đến quầy 4"));
        assertThat(phone.text("live")).isEqualTo("Tự động cập nhật");
        floor.serve(mine);
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Đã hoàn thành. Cảm ơn quý vị!"));
        assertThat(phone.text("live")).as("nothing more to update once served").isEmpty();
    }

    /**
     * Called to counter 4, then sent on to counter 5: the citizen must learn which counter now
     * calls them, and is not promised a wait while that counter is paused.
     */
    @Test
    void shouldTellACitizenSentToAnotherCounterWhichOneWillCallThem() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(4, "HT").counter(5, "HT").open(4);
        var ticket = floor.issue("HT");
        follow(ticket.getString("trackingToken"), "vi");
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("detail").equals("Không phải chờ"));
        floor.callNext(4);
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Mời quý vị đến quầy 4"));
        Floor.asAdmin().post(floor.path("/counters/5/open")).then().statusCode(200);
        Floor.asAdmin().post(floor.path("/counters/5/pause")).then().statusCode(200); // its officer on a break

        Floor.asAdmin().body(java.util.Map.of("counter", 5)).post("/api/tickets/" + ticket.getString("id") + "/transfer")
                .then().statusCode(200);

        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Quý vị là người tiếp theo"));
        assertThat(phone.text("detail")).isEqualTo("Quầy 5 đang tạm nghỉ; quầy sẽ gọi số của quý vị khi mở lại");
        Floor.asAdmin().post(floor.path("/counters/5/open")).then().statusCode(200);
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("detail").equals("Quầy 5 sẽ gọi số của quý vị · Không phải chờ"));
    }

    /** Taken before opening time: no wait is promised until a counter of the field opens. */
    @Test
    void shouldPromiseNoWaitWhileNoCounterOfTheFieldIsOpen() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(4, "HT");
        String token = floor.issue("HT").getString("trackingToken");
        follow(token, "en");
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("You are next"));
        assertThat(phone.text("detail")).isEqualTo("No counter is open yet; your number will be called when one opens");

        Floor.asAdmin().post(floor.path("/counters/4/open")).then().statusCode(200);
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("detail").equals("No wait"));
    }

    /** A mistyped or old link: the page says so, and does not promise to update by itself. */
    @Test
    void shouldSayAnUnknownNumberIsUnknownAndPromiseNothing() {
        follow("no-such-token-" + java.util.UUID.randomUUID(), "vi");
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Không tìm thấy số thứ tự này. Xin kiểm tra lại mã QR trên phiếu, hoặc hỏi bàn hướng dẫn."));
        assertThat(phone.text("code")).isEqualTo("—");
        assertThat(phone.text("live")).isEmpty();
    }

    @Test
    void shouldShowTheCounterInEnglishWhenCalled() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(4, "HT").open(4);
        String token = floor.issue("HT").getString("trackingToken");
        follow(token, "en");
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("You are next"));

        floor.callNext(4);

        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Please go to counter 4"));
        Browser.screenshot(phone.browser, "tracking-page");
        follow("not-a-token", "en");
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").startsWith("This number was not found. Please check the QR code"));
    }

    /**
     * The paper's link has no language: the page speaks the one the ticket was taken in, not the
     * phone's, and a language the page has no words for (a voice pack's) is Vietnamese. A language
     * chosen on the page (its address) still wins.
     */
    @Test
    void shouldSpeakTheLanguageTheTicketWasTakenInWhateverThePhoneIs() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(4, "HT");
        assertThat((String) phone.browser.executeScript("return navigator.language")).startsWith("en");

        open(phone, floor.issue("HT").getString("trackingToken"), "");
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Quý vị là người tiếp theo"));
        assertThat(phone.browser.executeScript("return document.documentElement.lang")).isEqualTo("vi");
        open(phone, issueIn(floor, "hmn"), "");
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").startsWith("Còn 1 người trước"));

        Page vietnamese = new Page(Browser.screen(390, 844, "vi-VN"));
        try {
            assertThat((String) vietnamese.browser.executeScript("return navigator.language")).startsWith("vi");
            String english = issueIn(floor, "en");
            open(vietnamese, english, "");
            vietnamese.waitUntil(Duration.ofSeconds(5), () -> vietnamese.text("state").equals("People before you: 2"));
            assertThat(vietnamese.text("detail")).isEqualTo("No counter is open yet; your number will be called when one opens");
            open(vietnamese, english, "?lang=vi");
            vietnamese.waitUntil(Duration.ofSeconds(5), () -> vietnamese.text("state").equals("Còn 2 người trước quý vị"));
        } finally {
            vietnamese.browser.quit();
        }
    }

    /** A ticket taken in that language, as the kiosk asks for one; its tracking token. */
    private static String issueIn(Floor floor, String language) {
        return Floor.asAdmin().body(java.util.Map.of("field", "HT", "language", language)).post(floor.path("/tickets"))
                .then().statusCode(201).extract().jsonPath().getString("trackingToken");
    }

    /** Opens the tracking page of this token, as a citizen's phone scanning the paper does. */
    private static void follow(String token, String lang) {
        open(phone, token, "?lang=" + lang);
    }

    private static void open(Page page, String token, String query) {
        page.browser.get("http://127.0.0.1:" + RestAssured.port + "/t/" + token + query);
    }
}
