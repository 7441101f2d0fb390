package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff pages' header on a 768 px tablet held upright: the title, the links between pages, the
 * language switch and Sign out shared one line, so each was squeezed and broke inside itself
 * ("Bảng theo / dõi", "Đăng / xuất"), a ragged block a manager had to read twice. The header may
 * take two lines; a link or button never breaks.
 */
@QuarkusTest
class StaffHeaderTest {

    static Page tablet;

    @BeforeAll
    static void startBrowser() {
        tablet = new Page(Browser.screen(768, 1024));
    }

    @AfterAll
    static void stopBrowser() {
        tablet.browser.quit();
    }

    @Test
    void shouldKeepEveryHeaderLinkOnOneLineOnAnUprightTablet() {
        Floor floor = Floor.create();
        Sessions.signIn(tablet, floor.user("MANAGER"), "/admin");
        for (String page : List.of("/admin", "/reports", "/reports/now")) {
            tablet.browser.get("http://127.0.0.1:" + io.restassured.RestAssured.port + page);
            List<WebElement> items = tablet.browser.findElements(
                    By.cssSelector("header nav.pages a, header a.language, header form.sign-out button"));
            assertThat(items).as("the header's links on " + page).hasSizeGreaterThanOrEqualTo(5);
            for (WebElement item : items) {
                assertThat(lines(item)).as("lines of '" + item.getText() + "' on " + page).isEqualTo(1);
            }
        }
    }

    /** How many lines an element's text takes: its client rects, one a line for an inline box. */
    private static long lines(WebElement element) {
        Object count = tablet.browser.executeScript("""
                const range = document.createRange();
                range.selectNodeContents(arguments[0]);
                const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
                return tops.size;""", element);
        return ((Number) count).longValue();
    }
}
