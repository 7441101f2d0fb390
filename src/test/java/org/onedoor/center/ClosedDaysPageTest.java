package org.onedoor.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.onedoor.testing.TestClock;
import org.openqa.selenium.By;

/** The center's closed dates on the administration page, as its manager sets Tết. */
@QuarkusTest
class ClosedDaysPageTest {

    static Page admin;

    @Inject
    TestClock clock;

    @BeforeAll
    static void startBrowser() {
        admin = new Page(Browser.screen(1280, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        admin.browser.quit();
    }

    @Test
    void shouldLetTheManagerAddAHolidayOfSeveralDaysSeeItAndRemoveOneDay() {
        Floor floor = Floor.create();
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("closed-list").contains("Chưa có ngày nghỉ"));
        // the server's today: other tests move its clock by days
        LocalDate first = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);

        dates(first, first.plusDays(2));
        admin.browser.findElement(By.id("cd-reason")).sendKeys("Nghỉ Tết Nguyên đán");
        admin.tap("#closed-form button[type=submit]");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("saved"));
        assertThat(admin.text("saved")).isEqualTo("Đã thêm 3 ngày nghỉ.");
        admin.waitUntil(Duration.ofSeconds(5), () -> rows().size() == 3);
        assertThat(rows().get(0)).contains(shown(first)).contains("Nghỉ Tết Nguyên đán").contains("Bỏ ngày nghỉ");
        assertThat(RestAssured.get(floor.path("/closed-days")).then().extract().jsonPath().getList("day", String.class))
                .containsExactly(first.toString(), first.plusDays(1).toString(), first.plusDays(2).toString());
        Browser.screenshot(admin.browser, "admin-closed-days");

        // the same date again: the server's refusal, in the page's words
        dates(first.plusDays(2), null);
        admin.tap("#closed-form button[type=submit]");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("problem"));
        assertThat(admin.text("problem")).contains(shown(first.plusDays(2)) + " đã là ngày nghỉ (Nghỉ Tết Nguyên đán)");

        admin.tap("#closed-list tr[data-day='" + first.plusDays(1) + "'] button");
        admin.waitUntil(Duration.ofSeconds(5), () -> rows().size() == 2);
        assertThat(admin.text("saved")).startsWith("Đã bỏ ngày nghỉ");
        assertThat(RestAssured.get(floor.path("/closed-days")).then().extract().jsonPath().getList("day", String.class))
                .containsExactly(first.toString(), first.plusDays(2).toString());
    }

    /** A date input takes what its locale shows when typed into: its value is set as the page would read it. */
    private static void dates(LocalDate from, LocalDate to) {
        admin.browser.executeScript("document.getElementById('cd-from').value = arguments[0];"
                + "document.getElementById('cd-to').value = arguments[1] || ''", from.toString(), to == null ? null : to.toString());
    }

    private static List<String> rows() {
        return admin.browser.findElements(By.cssSelector("#closed-list tr[data-day]")).stream().map(e -> e.getText()).toList();
    }

    private static String shown(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
