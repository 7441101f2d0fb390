package org.onedoor.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.onedoor.database.EmbeddedDatabase;
import org.onedoor.database.Migrations;

/** A real, throw-away PostgreSQL for the tests, from the same binaries as the embedded default. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /** Where {@link TestDatabase} connects. */
    static final String JDBC_URL = "onedoor.test.jdbc-url";

    private EmbeddedDatabase db;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("onedoor-test-pg");
            db = EmbeddedDatabase.start(dir, 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Migrations.migrate(db.jdbcUrl(), db.user(), null);
        return Map.of(
                "quarkus.datasource.reactive.url", db.reactiveUrl(),
                JDBC_URL, db.jdbcUrl(),
                "quarkus.datasource.username", db.user());
    }

    @Override
    public void stop() {
        if (db != null) {
            db.stop();
        }
    }
}
