package org.onedoor.testing;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** The kiosk page: opened with a kiosk token, read through what it shows and what it said. */
public class KioskPage extends Page {

    public KioskPage(ChromeDriver browser) {
        super(browser);
    }

    /** Opens the kiosk and waits for its home (or closed) screen. */
    public void open(int port, String token, String query) {
        browser.get("http://127.0.0.1:" + port + "/kiosk/?token=" + token + (query == null ? "" : "&" + query));
        waitUntil(Duration.ofSeconds(15), () -> Boolean.TRUE.equals(browser.executeScript(
                "return !!(window.onedoor && window.onedoor.kiosk.view && window.onedoor.kiosk.screen)")));
    }

    /** Every key the kiosk said, oldest first (its last hundred): prompts, then the words of a ticket's number. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> saidKeys() {
        return (java.util.List<String>) browser.executeScript("return window.onedoor.speaker.history.map(h => h.key)");
    }

    /** The kiosk's last spoken prompt: {key, language, how} (how: clip, speech or none). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> lastSaid() {
        return (Map<String, Object>) browser.executeScript(
                "const h = window.onedoor.speaker.history; return h[h.length - 1]");
    }
}
