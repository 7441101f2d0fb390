package org.onedoor;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Map;
import org.onedoor.database.DatabaseLocation;
import org.onedoor.database.EmbeddedDatabase;
import org.onedoor.database.EmbeddedDatabaseShutdown;
import org.onedoor.database.Migrations;
import org.jboss.logging.Logger;

/**
 * Chooses the database and migrates its schema before Quarkus creates its pools (a startup event
 * would be too late: the HTTP server may already take requests): ONEDOOR_DB_URL or an explicit
 * Quarkus datasource URL means an external PostgreSQL; otherwise an embedded one keeps its data
 * under ./data/.
 */
@QuarkusMain
public class OneDoorMain {

    private static final Logger LOG = Logger.getLogger(OneDoorMain.class);

    public static void main(String... args) {
        configureDatabase();
        Quarkus.run(args);
    }

    private static void configureDatabase() {
        String url = System.getenv("ONEDOOR_DB_URL");
        if (url != null && !url.isBlank()) {
            DatabaseLocation location = DatabaseLocation.parse(url,
                    System.getenv("ONEDOOR_DB_USER"), System.getenv("ONEDOOR_DB_PASSWORD"));
            setAll(location.quarkusProperties());
            LOG.infof("Using the external PostgreSQL at %s", location.hostPortDb());
            Migrations.migrate(location.jdbcUrl(), location.user(), location.password());
            return;
        }
        String quarkusUrl = setting("QUARKUS_DATASOURCE_REACTIVE_URL", null);
        if (quarkusUrl != null) {
            LOG.info("Using the PostgreSQL given by the Quarkus datasource properties");
            DatabaseLocation location = DatabaseLocation.parse(quarkusUrl, setting("QUARKUS_DATASOURCE_USERNAME", null),
                    setting("QUARKUS_DATASOURCE_PASSWORD", null));
            Migrations.migrate(location.jdbcUrl(), location.user(), location.password());
            return;
        }
        Path dataDir = Path.of(setting("ONEDOOR_DATA_DIR", "data")).resolve("postgres");
        int port = Integer.parseInt(setting("ONEDOOR_EMBEDDED_DB_PORT", "54329"));
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.toAbsolutePath(), port, false);
        EmbeddedDatabaseShutdown.stopLast(db);
        setAll(Map.of(
                "quarkus.datasource.reactive.url", db.reactiveUrl(),
                "quarkus.datasource.username", db.user()));
        Migrations.migrate(db.jdbcUrl(), db.user(), null);
    }

    /** Read before Quarkus (and its config) exists: a system property, else the environment. */
    private static String setting(String name, String fallback) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        String env = System.getenv(name);
        return property != null ? property : env != null ? env : fallback;
    }

    private static void setAll(Map<String, String> properties) {
        properties.forEach(System::setProperty);
    }
}
