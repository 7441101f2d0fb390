package org.onedoor.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One of OneDoor's pages in a browser: what every page test reads and does. */
public class Page {

    public final ChromeDriver browser;

    public Page(ChromeDriver browser) {
        this.browser = browser;
    }

    public boolean shown(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    public String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /**
     * Touches an element, as a finger would (a real click event). Pages redraw live, so an element
     * found a moment ago may have been replaced: then it is found again.
     */
    public void tap(String css) {
        waitUntil(Duration.ofSeconds(3), () -> {
            try {
                WebElement element = browser.findElement(By.cssSelector(css));
                if (!element.isDisplayed()) {
                    return false;
                }
                element.click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
    }

    /** Waits for {@code condition}; an element it reads that a redraw replaced meanwhile only means "not yet". */
    public void waitUntil(Duration timeout, BooleanSupplier condition) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(20)).ignoring(StaleElementReferenceException.class)
                .until(b -> condition.getAsBoolean());
    }
}
