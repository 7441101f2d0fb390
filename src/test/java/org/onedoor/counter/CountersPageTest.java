package org.onedoor.counter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The counters' section of the administration page: what a manager does with the hall's desks. */
@QuarkusTest
class CountersPageTest {

    static Page admin;

    @BeforeAll
    static void startBrowser() {
        admin = new Page(Browser.screen(1280, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        admin.browser.quit();
    }

    /**
     * The fields a counter serves are ticked by name. Typed as codes, "hộ tịch" was refused as an
     * unknown field "HỘ TỊCH": a manager had to know HT, CT… by heart.
     */
    @Test
    void shouldTickTheFieldsACounterServesByTheirNames() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10).counter(1, "HT");
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("counter-list").contains("Lĩnh vực HT")
                && admin.browser.findElements(By.cssSelector("#k-fields input")).size() == 2);
        assertThat(admin.text("k-fields")).contains("HT · Lĩnh vực HT", "CT · Lĩnh vực CT");

        admin.browser.findElement(By.id("k-number")).sendKeys("1", Keys.TAB); // counter 1's settings in the form
        assertThat(ticked()).containsExactly("HT");
        admin.browser.findElement(By.xpath("//fieldset[@id='k-fields']//label[contains(., 'Lĩnh vực CT')]")).click();
        admin.tap("#counter-form button");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("counter-list").contains("Lĩnh vực CT, Lĩnh vực HT"));
        given().get(floor.path("/counters")).then().body("[0].fields", containsInAnyOrder("HT", "CT"));

        // none ticked: said in the page's words, nothing sent (a save empties the form: counter 1 again)
        admin.browser.findElement(By.id("k-number")).sendKeys("1", Keys.TAB);
        assertThat(ticked()).containsExactlyInAnyOrder("HT", "CT");
        admin.browser.executeScript("document.querySelectorAll('#k-fields input').forEach(b => { b.checked = false; });");
        admin.tap("#counter-form button");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("problem").equals("Hãy chọn ít nhất một lĩnh vực quầy phục vụ."));
        given().get(floor.path("/counters")).then().body("[0].fields", containsInAnyOrder("HT", "CT"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ticked() {
        return (List<String>) admin.browser.executeScript(
                "return Array.from(document.querySelectorAll('#k-fields input:checked')).map(b => b.value)");
    }

    /** A counter made by mistake goes from the page, after the manager says yes, and is not put in the form as it goes. */
    @Test
    void shouldTakeACounterOffTheFloorFromThePage() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("counter-list").contains("Quầy 2"));

        admin.browser.findElement(By.xpath("//tbody[@id='counter-list']/tr[td[1]='2']//button[normalize-space()='Bỏ quầy']")).click();
        assertThat(admin.browser.switchTo().alert().getText()).startsWith("Quầy 2: Bỏ quầy này khỏi sảnh?");
        admin.browser.switchTo().alert().accept();

        admin.waitUntil(Duration.ofSeconds(5), () -> !admin.text("counter-list").contains("Quầy 2"));
        assertThat(admin.text("saved")).isEqualTo("Đã bỏ quầy 2 khỏi sảnh.");
        assertThat(admin.browser.findElement(By.id("k-number")).getAttribute("value")).isEmpty();
        given().get(floor.path("/counters")).then().statusCode(200).body("number", contains(1));
    }
}
