package org.onedoor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deque's axe-core, from the npm registry (run-tests installs the pinned version under
 * target/test-tools), injected into the page under test.
 */
public final class Axe {

    public static final Path SCRIPT = Path.of("target", "test-tools", "node_modules", "axe-core", "axe.min.js");

    private Axe() {
    }

    /** The page's serious and critical violations: {id, impact, help, nodes}. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> seriousViolations(ChromeDriver browser) {
        if (!Files.isRegularFile(SCRIPT)) {
            throw new IllegalStateException(SCRIPT + " is missing: ./run-tests installs axe-core from the npm registry");
        }
        try {
            browser.executeScript(Files.readString(SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))));
                """);
    }
}
