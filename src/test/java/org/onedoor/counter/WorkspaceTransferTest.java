package org.onedoor.counter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer sends a citizen on: the workspace says where to, and warns when no open counter
 * takes the number there. Before, the ticket simply left the screen.
 */
@QuarkusTest
class WorkspaceTransferTest {

    static Page desk;

    @BeforeAll
    static void startBrowser() {
        desk = new Page(Browser.screen(1280, 900));
    }

    @AfterAll
    static void stopBrowser() {
        desk.browser.quit();
    }

    @Test
    void shouldSayWhereACitizenWasSentAndWhetherAnyoneThereCanCallThem() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10)
                .counter(1, "HT").counter(2, "CT");
        floor.issue("HT");
        floor.issue("HT");
        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        desk.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(desk.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.model.counters[1])")));
        desk.tap("#open");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đang mở"));
        desk.tap("#next");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A001"));

        // to a field whose only counter is closed: sent, and the officer is told nobody can call it yet
        new Select(desk.browser.findElement(By.id("transfer-field"))).selectByValue("CT");
        desk.tap("#transfer");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("—"));
        assertThat(desk.text("problem")).isEqualTo("Đã chuyển số A001 sang lĩnh vực Lĩnh vực CT."
                + " Hiện chưa có quầy nào mở nhận số này: số sẽ được gọi khi có quầy mở.");
        assertThat(desk.browser.findElement(By.id("problem")).getAttribute("class")).isEqualTo("note");

        // to a counter that is open: sent, no warning
        Floor.asAdmin().post(floor.path("/counters/2/open")).then().statusCode(200);
        desk.tap("#next");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A002"));
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.browser.findElement(By.cssSelector("#transfer-counter option[value='2']"))
                .getText().equals("2"));
        new Select(desk.browser.findElement(By.id("transfer-counter"))).selectByValue("2");
        desk.tap("#transfer");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("—"));
        assertThat(desk.text("problem")).isEqualTo("Đã chuyển số A002 sang quầy 2.");
    }
}
