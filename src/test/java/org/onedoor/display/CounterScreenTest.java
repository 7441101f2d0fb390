package org.onedoor.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.openqa.selenium.By;

/** The counter screen in a real headless Chromium: what it shows, the citizen's rating, and a move to another counter. */
@QuarkusTest
class CounterScreenTest {

    @jakarta.inject.Inject
    org.onedoor.testing.TestClock clock;

    static ScreenDriver screen;

    @BeforeAll
    static void startBrowser() {
        screen = new ScreenDriver(Browser.screen(1280, 800));
    }

    @AfterAll
    static void stopBrowser() {
        screen.browser.quit();
    }

    @Test
    void shouldRecordTheCitizensRatingOfTheTicketItsCounterServed() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT").open(2);
        floor.issue("HT");
        screen.open(RestAssured.port, "counter.html", ScreenDriver.pair(floor, "COUNTER_SCREEN", 2), null);
        assertThat(screen.text("counter-title")).isEqualTo("Quầy số 2");
        assertThat(screen.text("now-label")).isEqualTo("Xin vui lòng chờ gọi số");

        String id = floor.callNext(2).getString("id");
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.text("now-code").equals("A001"));
        assertThat(screen.text("now-label")).isEqualTo("Xin mời số");
        assertThat(screen.shown("rating")).isFalse();
        floor.serve(id);

        screen.waitUntil(Duration.ofSeconds(2), () -> screen.shown("rating"));
        assertThat(screen.text("rating")).contains("Rất hài lòng", "Hài lòng", "Không hài lòng");
        Browser.screenshot(screen.browser, "counter-screen-rating");
        screen.browser.findElement(By.cssSelector("button[data-score=VERY_SATISFIED]")).click();

        screen.waitUntil(Duration.ofSeconds(2), () -> screen.shown("thanks"));
        Floor.asAdmin().get("/api/tickets/" + id).then().statusCode(200)
                .body("rating", org.hamcrest.Matchers.is("VERY_SATISFIED"));
        screen.waitUntil(Duration.ofSeconds(10), () -> screen.shown("now"));
    }

    /** The officer steps away with a citizen called: the number stays, and the screen asks them to wait. */
    @Test
    void shouldAskTheCitizenCalledToWaitWhileTheCounterIsOnABreak() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT").open(2);
        floor.issue("HT");
        floor.callNext(2);
        screen.open(RestAssured.port, "counter.html", ScreenDriver.pair(floor, "COUNTER_SCREEN", 2), null);
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.text("now-code").equals("A001"));
        assertThat(screen.text("now-label")).isEqualTo("Xin mời số");

        Floor.asAdmin().post(floor.path("/counters/2/pause")).then().statusCode(200);

        screen.waitUntil(Duration.ofSeconds(2), () -> screen.text("now-label").equals("Cán bộ tạm vắng, xin vui lòng chờ tại quầy"));
        assertThat(screen.text("now-code")).isEqualTo("A001");
        Floor.asAdmin().post(floor.path("/counters/2/open")).then().statusCode(200);
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.text("now-label").equals("Xin mời số"));
    }

    /** As a one-stop desk's name plate: who sits at the counter, while it is open or on a break. */
    @Test
    void shouldShowTheNameOfTheOfficerAtTheCounter() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT");
        String officer = floor.user("OFFICER", "Nguyễn Thị Lan");
        String token = ScreenDriver.pair(floor, "COUNTER_SCREEN", 2);
        screen.open(RestAssured.port, "counter.html", token, null);
        assertThat(screen.text("officer")).as("closed: nobody").isEmpty();

        floor.as(officer).post(floor.path("/counters/2/open")).then().statusCode(200);
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.text("officer").equals("Cán bộ: Nguyễn Thị Lan"));
        floor.as(officer).post(floor.path("/counters/2/pause")).then().statusCode(200);
        screen.open(RestAssured.port, "counter.html", token, null); // from the snapshot this time
        assertThat(screen.text("officer")).isEqualTo("Cán bộ: Nguyễn Thị Lan");

        floor.as(officer).post(floor.path("/counters/2/close")).then().statusCode(200);
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.text("officer").isEmpty());
    }

    @Test
    void shouldLetTheLeavingCitizenRateWhenTheOfficerCallsTheNextAtOnce() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT").open(2);
        floor.issue("HT");
        floor.issue("HT");
        screen.open(RestAssured.port, "counter.html", ScreenDriver.pair(floor, "COUNTER_SCREEN", 2), null);
        String first = floor.callNext(2).getString("id");
        floor.serve(first);
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.shown("rating"));

        floor.callNext(2);
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.shown("rating-next"));
        assertThat(screen.text("rating-next")).isEqualTo("Quầy đang mời số A002");
        assertThat(screen.shown("rating")).isTrue();
        screen.browser.findElement(By.cssSelector("button[data-score=SATISFIED]")).click();

        screen.waitUntil(Duration.ofSeconds(2), () -> screen.shown("thanks"));
        Floor.asAdmin().get("/api/tickets/" + first).then().statusCode(200)
                .body("rating", org.hamcrest.Matchers.is("SATISFIED"));
        screen.waitUntil(Duration.ofSeconds(10), () -> screen.shown("now"));
        assertThat(screen.text("now-code")).isEqualTo("A002");
    }

    @Test
    void shouldNotOfferARatingForAnotherCountersTicket() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1);
        floor.issue("HT");
        screen.open(RestAssured.port, "counter.html", ScreenDriver.pair(floor, "COUNTER_SCREEN", 2), null);
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.text("now-label").equals("Quầy đang đóng"));

        String id = floor.callNext(1).getString("id");
        floor.serve(id);
        Floor.asAdmin().post(floor.path("/counters/2/open")).then().statusCode(200);

        screen.waitUntil(Duration.ofSeconds(2), () -> screen.text("now-label").equals("Xin vui lòng chờ gọi số"));
        assertThat(screen.shown("rating")).isFalse();
        assertThat(screen.text("now-code")).isEmpty();
    }

    /** The box restarts its browser (or loses power) while the citizen is about to rate: the buttons come back. */
    @Test
    void shouldOfferTheRatingAgainWhenTheScreenReloadsBeforeTheCitizenRated() {
        Served served = ticketDoneAtCounter2();

        reloadAfterAPowerCut(served.token());

        screen.waitUntil(Duration.ofSeconds(2), () -> screen.shown("rating"));
        assertThat(screen.text("now-code")).isEmpty();
        screen.tap("button[data-score=UNSATISFIED]");
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.shown("thanks"));
        Floor.asAdmin().get("/api/tickets/" + served.ticketId()).then().statusCode(200)
                .body("rating", org.hamcrest.Matchers.is("UNSATISFIED"));
    }

    @Test
    void shouldNotOfferTheRatingAgainAfterAReloadOnceTheCitizenRated() {
        Served served = ticketDoneAtCounter2();
        screen.tap("button[data-score=SATISFIED]");
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.shown("thanks"));

        reloadAfterAPowerCut(served.token());

        assertThat(screen.shown("now")).isTrue();
        assertThat(screen.shown("rating")).isFalse();
        assertThat(screen.text("now-label")).isEqualTo("Xin vui lòng chờ gọi số");
    }

    /** The box came back long after the completion: the citizen has gone, and whoever walks past must not rate for them. */
    @Test
    void shouldNotOfferTheRatingAgainWhenTheScreenComesBackLongAfter() {
        Served served = ticketDoneAtCounter2();
        clock.advance(Duration.ofMinutes(5)); // within the server's window, long past the screen's

        reloadAfterAPowerCut(served.token());

        screen.waitUntil(Duration.ofSeconds(5), () -> screen.shown("now"));
        assertThat(screen.shown("rating")).isFalse();
    }

    /** The officer called the next citizen before the screen came back: the screen is theirs. */
    @Test
    void shouldNotOfferTheLeavingCitizensRatingAfterAReloadOnceTheNextIsCalled() {
        Served served = ticketDoneAtCounter2(1);
        served.floor().callNext(2);

        reloadAfterAPowerCut(served.token());

        assertThat(screen.shown("rating")).isFalse();
        assertThat(screen.text("now-code")).isEqualTo("A002");
    }

    /** A citizen served at counter 2, whose screen, up all along, now asks for their rating. */
    private record Served(Floor floor, String token, String ticketId) {}

    private static Served ticketDoneAtCounter2() {
        return ticketDoneAtCounter2(0);
    }

    /** As {@link #ticketDoneAtCounter2()}, with {@code behind} more citizens already in line when they were called. */
    private static Served ticketDoneAtCounter2(int behind) {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT").open(2);
        for (int citizen = 0; citizen <= behind; citizen++) {
            floor.issue("HT");
        }
        String token = ScreenDriver.pair(floor, "COUNTER_SCREEN", 2);
        screen.open(RestAssured.port, "counter.html", token, null);
        String id = floor.callNext(2).getString("id");
        floor.serve(id);
        screen.waitUntil(Duration.ofSeconds(2), () -> screen.shown("rating"));
        return new Served(floor, token, id);
    }

    /** A page started from nothing, its storage gone with the power: all it knows comes from the server. */
    private static void reloadAfterAPowerCut(String token) {
        screen.browser.executeScript("localStorage.clear(); sessionStorage.clear();");
        screen.browser.get("about:blank");
        screen.open(RestAssured.port, "counter.html", token, null);
    }

    /** Moved to another counter by the administrator, untouched: it shows the new one and its calls. */
    @Test
    void shouldShowTheNewCounterAndItsCallsWhenTheScreenIsMovedWithNoOneAtIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(2, "HT").counter(5, "HT").open(2).open(5);
        floor.issue("HT");
        floor.issue("HT");
        String token = ScreenDriver.pair(floor, "COUNTER_SCREEN", 2);
        screen.open(RestAssured.port, "counter.html", token, null);
        assertThat(screen.text("counter-title")).isEqualTo("Quầy số 2");
        String id = Floor.asAdmin().get("/api/devices/" + floor.center).then().extract().path("[0].id");

        Floor.asAdmin().body(Map.of("counter", 5)).put("/api/devices/" + floor.center + "/" + id + "/counter")
                .then().statusCode(200);

        screen.waitUntil(Duration.ofSeconds(10), () -> screen.text("counter-title").equals("Quầy số 5"));
        screen.waitUntil(Duration.ofSeconds(10), () -> "live".equals(screen.browser.executeScript(
                "return window.onedoor.connection.lastSeq !== null && window.onedoor.connection.status")));
        // what it keeps for a start in an outage says so too
        assertThat(screen.browser.executeScript("return JSON.parse(localStorage.getItem('onedoor.device')).device.counter"))
                .isEqualTo(5L);
        assertThat(floor.callNextCode(2)).as("called at its old counter").isEqualTo("A001");
        assertThat(floor.callNextCode(5)).isEqualTo("A002");
        screen.waitUntil(Duration.ofSeconds(3), () -> screen.text("now-code").equals("A002"));
        assertThat(screen.text("now-label")).isEqualTo("Xin mời số");
        Browser.screenshot(screen.browser, "counter-screen-moved");
    }
}
