package org.onedoor.display;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opens OneDoor's screens in a browser and reads what they show and played. */
final class ScreenDriver extends Page {

    ScreenDriver(ChromeDriver browser) {
        super(browser);
    }

    /** Pairs a device with the floor's center; its token. */
    static String pair(Floor floor, String kind, Integer counter) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", kind + " in a browser"));
        if (counter != null) {
            body.put("counter", counter);
        }
        return Floor.asAdmin().body(body).post("/api/devices/" + floor.center).then().statusCode(201)
                .extract().path("token");
    }

    /** Opens a page with the device's token and waits until its floor socket is live and it has the floor. */
    void open(int port, String page, String token, String query) {
        browser.get("http://127.0.0.1:" + port + "/display/" + page + "?token=" + token + (query == null ? "" : "&" + query));
        waitUntil(Duration.ofSeconds(15), () -> "live".equals(browser.executeScript(
                "return window.onedoor && window.onedoor.connection.lastSeq !== null && window.onedoor.connection.status")));
    }

    /** The start of a script about the call of the code given as its first argument: {@code o} and {@code call}. */
    private static final String CALL_OF_CODE = """
            const o = window.onedoor;
            const call = o.model.calls.filter(c => c.code === arguments[0])[0];
            """;

    /** Read in one script: the board is redrawn every second, so element handles go stale. */
    @SuppressWarnings("unchecked")
    boolean boardShows(int counter, String code) {
        List<String> tiles = (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#counters .counter')).map(t => t.innerText)");
        return tiles.stream().anyMatch(t -> t.replaceAll("\\s+", " ").equals("Quầy " + counter + " " + code));
    }

    /**
     * What the hall screen played for the call of {@code code}, word by word, once it played every
     * word: the word for a recorded clip, "word:chime" or "word:speech" for a fallback.
     */
    @SuppressWarnings("unchecked")
    List<String> played(String code, Duration within) {
        String script = CALL_OF_CODE + """
                if (!call) return null;
                const played = o.announcer.history.filter(h => h.key === call.key);
                if (played.length < call.clips.length) return null;
                return played.map(h => h.how === 'clip' ? h.word : h.word + ':' + h.how);
                """;
        return (List<String>) awaitScript(within, script, code);
    }

    /**
     * What the hall screen's announcer recorded for the call of {@code code} (how each word went:
     * "clip", "chime", "speech", or "stale" for a call dropped unsaid), once it recorded anything.
     */
    @SuppressWarnings("unchecked")
    List<String> heard(String code, Duration within) {
        String script = CALL_OF_CODE + """
                if (!call) return null;
                const heard = o.announcer.history.filter(h => h.key === call.key).map(h => h.how);
                return heard.length ? heard : null;
                """;
        return (List<String>) awaitScript(within, script, code);
    }

    /** What {@code script} answers once it answers something other than null (it is run again until then). */
    private Object awaitScript(Duration within, String script, Object... arguments) {
        Object[] result = new Object[1];
        waitUntil(within, () -> (result[0] = browser.executeScript(script, arguments)) != null);
        return result[0];
    }

    /** How many words of the call of {@code code} were played so far. */
    long playedSoFar(String code) {
        return (Long) browser.executeScript(CALL_OF_CODE + """
                return call ? o.announcer.history.filter(h => h.key === call.key).length : 0;
                """, code);
    }
}
