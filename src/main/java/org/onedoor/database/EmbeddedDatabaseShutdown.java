package org.onedoor.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stops the embedded PostgreSQL of the one-node default after every other shutdown observer, so
 * those that write on their way out (the audit log's last batch) still have their database. A JVM
 * shutdown hook of its own ran beside Quarkus's and stopped the database under them; it now only
 * stops one that Quarkus never started with.
 */
@ApplicationScoped
public class EmbeddedDatabaseShutdown {

    private static final AtomicReference<EmbeddedDatabase> OWNED = new AtomicReference<>();
    private static volatile boolean quarkusStarted;

    /** Called by main for the database it started, before Quarkus runs. */
    public static void stopLast(EmbeddedDatabase db) {
        OWNED.set(db);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!quarkusStarted) {
                stopOwned();
            }
        }, "embedded-postgres-stop"));
    }

    void started(@Observes StartupEvent event) {
        quarkusStarted = true;
    }

    void stop(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        stopOwned();
    }

    private static void stopOwned() {
        EmbeddedDatabase db = OWNED.getAndSet(null);
        if (db != null) {
            db.stop();
        }
    }
}
