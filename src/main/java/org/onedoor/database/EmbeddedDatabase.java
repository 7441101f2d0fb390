package org.onedoor.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server from the zonky binaries on Maven Central, so a newcomer needs only a JDK.
 * Used by the demo (persistent data directory) and by the tests (a throw-away one).
 *
 * <p>A server left running by a killed JVM (kill -9 does not stop PostgreSQL) or by a previous
 * dev-mode reload is reused rather than started twice on the same data directory.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts (or reuses) a server on the given data directory and port (0: any free port). */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            Integer running = clean ? null : runningPort(dataDir);
            if (running != null) {
                LOG.infof("Reusing the embedded PostgreSQL already running on port %d (%s)", running, dataDir);
                return new EmbeddedDatabase(null, running);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "200")
                    // zonky's defaults trade durability for speed (fsync and synchronous_commit
                    // off). A kept database must survive a power cut without losing a ticket that
                    // was already printed, or the next citizen would get its number again; a
                    // throw-away one (tests) need not.
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .setServerConfig("synchronous_commit", clean ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s", server.getPort(), dataDir);
            return new EmbeddedDatabase(server, server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    public String reactiveUrl() {
        return "postgresql://localhost:" + port + "/postgres";
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** The port of a live server that owns this data directory, from its postmaster.pid. */
    private static Integer runningPort(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return null;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        int port = Integer.parseInt(lines.get(3).trim());
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (alive && accepts(port)) {
            return port;
        }
        // A stale pid file from a crash: PostgreSQL itself recovers once it starts again.
        return null;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
