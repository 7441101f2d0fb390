package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.openqa.selenium.By;

/**
 * Every staff page has a sign-out button, in a real headless Chromium: desks and office PCs are
 * shared, and the next person must not act under the last one's name.
 */
@QuarkusTest
class SignOutButtonTest {

    static Page page;

    @BeforeAll
    static void startBrowser() {
        page = new Page(Browser.screen(1280, 800));
    }

    @AfterAll
    static void stopBrowser() {
        page.browser.quit();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "GUIDE, /kiosk/guide.html",
        "OFFICER, /counter",
        "MANAGER, /admin",
        "MANAGER, /reports",
        "MANAGER, /reports/now",
        "ADMIN, /admin",
    })
    void shouldSignOutFromEveryStaffPage(String role, String path) {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Sessions.signIn(page, floor.user(role), path);
        page.waitUntil(Duration.ofSeconds(5), () -> Boolean.TRUE.equals(page.browser.executeScript(
                "const t = document.querySelector('header form input[name=csrf]'); return !!(t && t.value)")));

        page.browser.findElement(By.cssSelector("header form button")).click();

        // the sign-in page itself, not /login/out answering a refusal
        page.waitUntil(Duration.ofSeconds(5), () -> page.browser.getCurrentUrl().matches(".*/login(\\?.*)?"));
        // and stays the bare sign-in page: the socket the sign-out closed must not send it to sign in
        // again "back to" this page, where the desk's next user would land
        sleep(Duration.ofSeconds(1));
        assertThat(page.browser.getCurrentUrl()).endsWith("/login");
        assertThat(page.browser.manage().getCookieNamed(SessionCookies.SESSION)).as("session cookie").isNull();
        page.browser.get("http://127.0.0.1:" + RestAssured.port + path);
        page.waitUntil(Duration.ofSeconds(5), () -> page.browser.getCurrentUrl().contains("/login"));
        assertThat(page.browser.findElement(By.id("username")).isDisplayed()).isTrue();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
