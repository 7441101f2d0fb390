package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Axe;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A misspelt name and an officer who becomes a guide, mended from the account's row on the administration page. */
@QuarkusTest
class UserEditPageTest {

    static Page admin;

    @BeforeAll
    static void startBrowser() {
        admin = new Page(Browser.screen(1280, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        admin.browser.quit();
    }

    @Test
    void shouldLetTheManagerMendAnOfficersNameAndRoleFromTheirRow() {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER", "Trần Văn Quản");
        String officer = floor.user("OFFICER", "Nguyen Thi Lan");
        Sessions.signIn(admin, manager, "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("user-list").contains(officer));
        assertThat(admin.shown("user-edit-form")).isFalse();

        tapInRow(officer, "Sửa");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("user-edit-form"));
        assertThat(admin.text("ue-heading")).isEqualTo("Sửa tài khoản " + officer);
        WebElement name = admin.browser.findElement(By.id("ue-display"));
        assertThat(name.getAttribute("value")).isEqualTo("Nguyen Thi Lan");
        assertThat(admin.browser.switchTo().activeElement()).as("where the change is typed").isEqualTo(name);
        Select role = new Select(admin.browser.findElement(By.id("ue-role")));
        assertThat(role.getOptions()).as("the roles a manager gives").extracting(WebElement::getText)
                .containsExactly("Cán bộ tiếp nhận (tại quầy)", "Cán bộ hướng dẫn");
        assertThat(role.getFirstSelectedOption().getText()).isEqualTo("Cán bộ tiếp nhận (tại quầy)");
        assertThat(Axe.seriousViolations(admin.browser)).as("the accounts with one being edited").isEmpty();
        Browser.screenshot(admin.browser, "admin-user-edit");

        name.clear();
        name.sendKeys("Nguyễn Thị Lan");
        role.selectByVisibleText("Cán bộ hướng dẫn");
        admin.tap("#user-edit-form button[type=submit]");

        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("saved"));
        assertThat(admin.text("saved")).isEqualTo("Đã lưu tài khoản " + officer
                + ". Vai trò mới có hiệu lực ngay từ thao tác tiếp theo của người đó.");
        assertThat(admin.shown("user-edit-form")).as("put away once saved").isFalse();
        assertThat(admin.browser.findElement(By.id("ue-display")).getAttribute("value")).as("and emptied").isEmpty();
        admin.waitUntil(Duration.ofSeconds(5), () -> userRow(officer).getText().contains("Nguyễn Thị Lan Cán bộ hướng dẫn"));
        Floor.asAdmin().get("/api/users?center=" + floor.center).then()
                .body("find { it.username == '" + officer + "' }.displayName", org.hamcrest.Matchers.is("Nguyễn Thị Lan"))
                .body("find { it.username == '" + officer + "' }.roles", org.hamcrest.Matchers.contains("GUIDE"));

        // their own row: their name, not their role, which the form shows but does not send
        tapInRow(manager, "Sửa");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("ue-own-role"));
        assertThat(admin.browser.findElement(By.id("ue-role")).isEnabled()).isFalse();
        assertThat(new Select(admin.browser.findElement(By.id("ue-role"))).getFirstSelectedOption().getText())
                .isEqualTo("Quản lý trung tâm");
        admin.browser.findElement(By.id("ue-display")).clear();
        admin.browser.findElement(By.id("ue-display")).sendKeys("Trần Văn Quân");
        admin.tap("#user-edit-form button[type=submit]");
        admin.waitUntil(Duration.ofSeconds(5), () -> userRow(manager).getText().contains("Trần Văn Quân Quản lý trung tâm"));

        // thought better of: cancelled, nothing sent
        tapInRow(officer, "Sửa");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("user-edit-form"));
        admin.browser.findElement(By.id("ue-display")).sendKeys(" thử");
        admin.tap("#user-edit-form button[type=reset]");
        admin.waitUntil(Duration.ofSeconds(5), () -> !admin.shown("user-edit-form"));
        Floor.asAdmin().get("/api/users?center=" + floor.center).then()
                .body("find { it.username == '" + officer + "' }.displayName", org.hamcrest.Matchers.is("Nguyễn Thị Lan"));
    }

    private static WebElement userRow(String username) {
        return admin.browser.findElement(By.xpath("//tbody[@id='user-list']/tr[td[1]='" + username + "']"));
    }

    /** The list redraws after each change: a row found a moment ago may be gone, so it is found again. */
    private static void tapInRow(String username, String label) {
        admin.waitUntil(Duration.ofSeconds(5), () -> {
            userRow(username).findElement(By.xpath(".//button[normalize-space()='" + label + "']")).click();
            return true;
        });
    }
}
