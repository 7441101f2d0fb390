package org.onedoor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.common.PageLanguage;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Staff pages are Vietnamese first and English second. The language is chosen with the header's
 * switch (or ?lang=) and kept by the browser: the page after sign-in, the next page and the next
 * visit are in the language chosen, not back in Vietnamese.
 */
@QuarkusTest
class StaffLanguageTest {

    static Page page;

    @BeforeAll
    static void startBrowser() {
        page = new Page(Browser.screen(1280, 800));
    }

    @AfterAll
    static void stopBrowser() {
        page.browser.quit();
    }

    @Test
    void shouldKeepTheLanguageChosenOnTheSignInPageInACookieThePagesRead() {
        Response form = given().get("/login?lang=en&next=/counter");
        form.then().statusCode(200);
        assertThat(form.body().asString()).contains("Password", "href=\"/login?next=%2Fcounter&amp;lang=vi\"", "Tiếng Việt");
        assertThat(form.cookie(PageLanguage.COOKIE)).isEqualTo("en");

        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Response signedIn = Sessions.signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, "/counter");
        String workspace = Sessions.as(signedIn).cookie(PageLanguage.COOKIE, "en").get("/counter").then().statusCode(200)
                .extract().body().asString();
        assertThat(workspace).contains("<html lang=\"en\">", "Choose a counter", "href=\"/counter?lang=vi\"")
                .doesNotContain("Chọn quầy");
        // no choice kept, or one the staff pages are not written in: Vietnamese
        assertThat(Sessions.as(signedIn).get("/counter").body().asString()).contains("<html lang=\"vi\">", "Chọn quầy");
        assertThat(Sessions.as(signedIn).cookie(PageLanguage.COOKIE, "fr").get("/counter").body().asString()).contains("Chọn quầy");
    }

    @Test
    void shouldLetTheAddressOverruleTheKeptLanguageAndKeepTheNewChoice() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Response manager = Sessions.signIn(floor.user("MANAGER"), Floor.STAFF_PASSWORD, "/admin");

        Response vietnamese = Sessions.as(manager).cookie(PageLanguage.COOKIE, "en").get("/reports?from=2026-12-01&lang=vi");
        vietnamese.then().statusCode(200).contentType(ContentType.HTML);
        assertThat(vietnamese.cookie(PageLanguage.COOKIE)).isEqualTo("vi");
        // the switch leads to the same report (its days kept) in English
        assertThat(vietnamese.body().asString()).contains("<html lang=\"vi\">", "from=2026-12-01", "lang=en\"", ">English</a>");

        Response unknown = Sessions.as(manager).get("/reports?lang=fr");
        assertThat(unknown.cookie(PageLanguage.COOKIE)).as("a language the pages are not written in is not kept").isNull();
        assertThat(unknown.body().asString()).contains("<html lang=\"vi\">");
    }

    @Test
    void shouldSwitchTheCounterWorkspaceAndKeepTheSwitchInTheBrowser() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        page.browser.manage().deleteAllCookies();
        page.browser.get(base() + "/login?next=/counter");
        page.browser.findElement(By.cssSelector("a.language")).click();
        page.waitUntil(Duration.ofSeconds(5), () -> "Sign in".equals(page.browser.findElement(By.tagName("h1")).getText()));

        page.browser.findElement(By.id("username")).sendKeys(floor.user("OFFICER"));
        page.browser.findElement(By.id("password")).sendKeys(Floor.STAFF_PASSWORD, Keys.ENTER);
        page.waitUntil(Duration.ofSeconds(5), () -> page.browser.getCurrentUrl().endsWith("/counter"));
        assertThat(page.browser.findElement(By.cssSelector("label[for=counter]")).getText()).isEqualTo("Choose a counter");

        page.tap("header a.language");
        page.waitUntil(Duration.ofSeconds(5), () -> page.browser.getCurrentUrl().endsWith("/counter?lang=vi"));
        page.browser.get(base() + "/counter");
        assertThat(page.browser.findElement(By.cssSelector("label[for=counter]")).getText()).isEqualTo("Chọn quầy");
    }

    @Test
    void shouldShowTheGuidanceDeskInTheKeptLanguageAndSwitchIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        page.browser.manage().deleteAllCookies();
        page.browser.get(base() + "/login?lang=en");
        page.browser.findElement(By.id("username")).sendKeys(floor.user("GUIDE"));
        page.browser.findElement(By.id("password")).sendKeys(Floor.STAFF_PASSWORD, Keys.ENTER);
        page.waitUntil(Duration.ofSeconds(5), () -> page.browser.getCurrentUrl().endsWith("/kiosk/guide.html"));
        page.waitUntil(Duration.ofSeconds(5), () -> "Guidance desk".equals(page.browser.findElement(By.tagName("h1")).getText()));
        assertThat(page.browser.findElement(By.id("language")).getText()).isEqualTo("Tiếng Việt");

        page.tap("#language");
        page.waitUntil(Duration.ofSeconds(5), () -> page.browser.getCurrentUrl().endsWith("/kiosk/guide.html?lang=vi"));
        page.waitUntil(Duration.ofSeconds(5), () -> "English".equals(page.browser.findElement(By.id("language")).getText()));
        // the desk's choice holds on the server-rendered pages too
        page.browser.get(base() + "/login");
        assertThat(page.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
    }

    /** A query with braces (encoded: the server refuses them bare) is kept as it came, never read as a URI template. */
    @Test
    void shouldKeepABracedQueryInTheSwitchAsItCame() {
        String page = given().urlEncodingEnabled(false).get("/login?x=%7Ba%7D").then().statusCode(200).extract().asString();
        assertThat(page).contains("href=\"/login?x=%7Ba%7D&amp;lang=en\"");
    }

    private static String base() {
        return "http://127.0.0.1:" + RestAssured.port;
    }
}
