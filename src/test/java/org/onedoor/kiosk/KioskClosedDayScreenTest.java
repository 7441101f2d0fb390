package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.KioskPage;
import org.onedoor.testing.TestClock;

/** A kiosk on a closed date (a holiday, a day of training), in a real headless Chromium. */
@QuarkusTest
class KioskClosedDayScreenTest {

    @Inject
    TestClock clock;

    static KioskPage kiosk;

    @BeforeAll
    static void startBrowser() {
        kiosk = new KioskPage(Browser.screen(1920, 1080));
    }

    @AfterAll
    static void stopBrowser() {
        kiosk.browser.quit();
    }

    @Test
    void shouldGoToItsClosedScreenWhenTodayBecomesAClosedDateAndBackWhenItIsRemoved() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1); // open round the clock
        kiosk.open(RestAssured.port, KioskTest.pair(floor, "KIOSK", null), null);
        kiosk.waitUntil(Duration.ofSeconds(5), () -> kiosk.shown("home"));

        // the server's today: other tests move its clock by days
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        Floor.asAdmin().body(Map.of("from", today.toString(), "reason", "Tập huấn nghiệp vụ")).post(floor.path("/closed-days"))
                .then().statusCode(201);

        // HoursChanged: closed at once, with no reload, and it names tomorrow as the day to come back
        kiosk.waitUntil(Duration.ofSeconds(10), () -> kiosk.shown("closed"));
        // a day off, and why: not "outside working hours" at ten in the morning
        assertThat(kiosk.text("closed-title")).isEqualTo("Hôm nay trung tâm nghỉ");
        assertThat(kiosk.text("closed-reason")).isEqualTo("Tập huấn nghiệp vụ");
        LocalDate tomorrow = today.plusDays(1);
        assertThat(kiosk.text("reopens")).startsWith("Mời quay lại lúc 00:00")
                .endsWith(String.format("%02d/%02d/%d", tomorrow.getDayOfMonth(), tomorrow.getMonthValue(), tomorrow.getYear()));
        Browser.screenshot(kiosk.browser, "kiosk-closed-day");

        Floor.asAdmin().delete(floor.path("/closed-days/" + today)).then().statusCode(204);
        kiosk.waitUntil(Duration.ofSeconds(10), () -> kiosk.shown("home"));
    }

    /** A kiosk cut off from the server judges the hours by its own clock: not open on a holiday it was told of. */
    @Test
    void shouldJudgeAClosedDateClosedByItsOwnClock() {
        Floor floor = Floor.create();
        kiosk.open(RestAssured.port, KioskTest.pair(floor, "KIOSK", null), null);
        Object answers = kiosk.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/kiosk/js/hours.js').then((h) => {"
                + "  const view = { openDays: ['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'],"
                + "    opensAt: '07:00:00', closesAt: '17:00:00', closedDates: ['2027-02-05', '2027-02-06'] };"
                // the center's local time in the Date's UTC fields, as ServerClock.local() gives it
                + "  done([h.openAt(view, new Date('2027-02-05T10:00:00Z')), h.openAt(view, new Date('2027-02-06T16:59:00Z')),"
                + "    h.openAt(view, new Date('2027-02-07T07:00:00Z')), h.openAt(view, new Date('2027-02-04T16:59:00Z'))]);"
                + "}, (e) => done(String(e)));");
        assertThat(answers).isEqualTo(java.util.List.of(false, false, true, true));
    }
}
