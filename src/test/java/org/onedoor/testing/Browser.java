package org.onedoor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (both installed by run-tests with
 * apt), so Selenium Manager downloads nothing. Flags from shared/PLATFORM.md: without the
 * networking ones Chromium floods a closed network.
 */
public final class Browser {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    /** A screen as a service center runs it: sound allowed without a tap (the kiosk flags). */
    public static ChromeDriver screen(int width, int height) {
        return start(width, height, true, null);
    }

    /**
     * A screen whose browser runs in that language (a BCP 47 tag, "en-US"): its
     * {@code navigator.language} and Accept-Language, as a phone set to it.
     */
    public static ChromeDriver screen(int width, int height, String language) {
        return start(width, height, true, language);
    }

    /** A browser with Chromium's default autoplay policy: sound needs a tap first. */
    public static ChromeDriver withDefaultAutoplayPolicy(int width, int height) {
        return start(width, height, false, null);
    }

    /**
     * Profiles live under target/, not /tmp: a run's ~7 MB a browser went to /tmp and stayed
     * there. Those of earlier runs are removed when the first browser of a run starts.
     */
    private static final Path PROFILES = Path.of("target", "chromium-profiles");
    private static boolean profilesCleared;

    private static synchronized Path newProfile() throws IOException {
        if (!profilesCleared && Files.isDirectory(PROFILES)) {
            try (Stream<Path> old = Files.walk(PROFILES)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        profilesCleared = true;
        return Files.createTempDirectory(Files.createDirectories(PROFILES), "profile-");
    }

    private static ChromeDriver start(int width, int height, boolean autoplay, String language) {
        try {
            Path profile = newProfile();
            List<String> args = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--mute-audio", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile));
            if (autoplay) {
                args.add("--autoplay-policy=no-user-gesture-required");
            }
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
            if (language != null) {
                args.add("--lang=" + language);
                options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            }
            options.addArguments(args);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a word of the element's text lies outside its box (a line clamped away, or behind an
     * ellipsis), once the page's fonts are in: a name cut short on a screen.
     */
    public static boolean textCut(ChromeDriver driver, String elementId) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .until(d -> "loaded".equals(driver.executeScript("return document.fonts.status")));
        return Boolean.TRUE.equals(driver.executeScript("""
                const t = document.getElementById(arguments[0]), box = t.getBoundingClientRect();
                const words = document.createRange();
                words.selectNodeContents(t);
                return [...words.getClientRects()].some(w => w.bottom > box.bottom + 4 || w.right > box.right + 1)
                  || t.scrollWidth > t.clientWidth + 1;""", elementId));
    }

    /** Saves what the browser shows under target/screenshots/, kept by CI as an artefact. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
