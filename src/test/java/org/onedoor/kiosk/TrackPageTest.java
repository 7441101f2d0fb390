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

    static Page phone;

    @BeforeAll
    static void startBrowser() {
        phone = new Page(Browser.screen(390, 844));
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
        floor.serve(mine);
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Đã hoàn thành. Cảm ơn quý vị!"));
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
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("detail").equals("Dự kiến khoảng 0 phút"));
        floor.callNext(4);
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Mời quý vị đến quầy 4"));
        Floor.asAdmin().post(floor.path("/counters/5/open")).then().statusCode(200);
        Floor.asAdmin().post(floor.path("/counters/5/pause")).then().statusCode(200); // its officer on a break

        Floor.asAdmin().body(java.util.Map.of("counter", 5)).post("/api/tickets/" + ticket.getString("id") + "/transfer")
                .then().statusCode(200);

        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("Quý vị là người tiếp theo"));
        assertThat(phone.text("detail")).isEqualTo("Quầy 5 đang tạm nghỉ; quầy sẽ gọi số của quý vị khi mở lại");
        Floor.asAdmin().post(floor.path("/counters/5/open")).then().statusCode(200);
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("detail").equals("Quầy 5 sẽ gọi số của quý vị · Dự kiến khoảng 0 phút"));
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
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("detail").equals("About 0 min"));
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
        phone.waitUntil(Duration.ofSeconds(5), () -> phone.text("state").equals("This number was not found."));
    }

    /** Opens the tracking page of this token, as a citizen's phone scanning the paper does. */
    private static void follow(String token, String lang) {
        phone.browser.get("http://127.0.0.1:" + RestAssured.port + "/t/" + token + "?lang=" + lang);
    }
}
