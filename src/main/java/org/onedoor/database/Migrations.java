package org.onedoor.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Creates and upgrades the schema (src/main/resources/db/migration) over JDBC, once, before
 * Quarkus starts: no request can reach a database whose schema is older than the code.
 */
public final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class);

    private Migrations() {
    }

    public static void migrate(String jdbcUrl, String user, String password) {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.infof("Database schema migrated to version %s (%d migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }
}
