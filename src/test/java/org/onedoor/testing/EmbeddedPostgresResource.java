package org.onedoor.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.onedoor.database.EmbeddedDatabase;

/** A real, throw-away PostgreSQL for the tests, from the same binaries as the embedded default. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase db;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("onedoor-test-pg");
            db = EmbeddedDatabase.start(dir, 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.reactive.url", db.reactiveUrl(),
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.user());
    }

    @Override
    public void stop() {
        if (db != null) {
            db.stop();
        }
    }
}
