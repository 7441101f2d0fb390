package org.onedoor.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
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

    /**
     * Waits until the page's service worker has taken it over and keeps a copy of the page and of
     * every file of it the page loaded, as it does a moment after the page's first start: from then
     * on, a reload while the server cannot be reached starts from the copies.
     */
    public void awaitKeptForOutage() {
        Object[] missing = new Object[1];
        try {
            waitUntil(Duration.ofSeconds(15), () -> "".equals(missing[0] = browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return done('no service worker');
                    // the pages' files, and the voice clips read whole (those played straight are asked in ranges)
                    const shell = (e) => /^\\/(display|kiosk|fonts)\\/|^\\/favicon/.test(new URL(e.name).pathname)
                      || (new URL(e.name).pathname.startsWith('/voice/') && e.initiatorType === 'fetch');
                    const files = [location.href].concat(performance.getEntriesByType('resource')
                        .filter(e => new URL(e.name).origin === location.origin && shell(e)).map(e => e.name))
                      .map(a => { const u = new URL(a); u.search = ''; return u.href; });
                    Promise.all(files.map(f => caches.match(f).then(k => k ? null : f)))
                      .then(m => done(m.filter(Boolean).join(' ')), (e) => done(String(e)));""")));
        } catch (TimeoutException e) {
            throw new AssertionError("Not kept for an outage: " + missing[0], e);
        }
    }

    /** Waits for {@code condition}; an element it reads that a redraw replaced meanwhile only means "not yet". */
    public void waitUntil(Duration timeout, BooleanSupplier condition) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(20)).ignoring(StaleElementReferenceException.class)
                .until(b -> condition.getAsBoolean());
    }
}
