package org.onedoor.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server from the zonky binaries on Maven Central, so a newcomer needs only a JDK.
 * Used by the demo (persistent data directory) and by the tests (a throw-away one).
 *
 * <p>A server left running by a killed JVM (kill -9 does not stop PostgreSQL) or by a previous
 * dev-mode reload is reused rather than started twice on the same data directory, and adopted: the
 * node that reuses it stops it when it stops, so a restart after a crash leaves no orphan behind.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String USER = "postgres";

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /** The server this object started; null when it adopted one already running. */
    private final EmbeddedPostgres server;
    private final Path dataDir;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDir, int port) {
        this.server = server;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts (or reuses) a server on the given data directory and port (0: any free port). */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            Integer running = clean ? null : runningPort(dataDir);
            if (running != null) {
                LOG.infof("Reusing the embedded PostgreSQL already running on port %d (%s)", running, dataDir);
                return new EmbeddedDatabase(null, dataDir, running);
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
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    // zonky's own JVM hook would stop a kept database beside Quarkus's shutdown, under
                    // the writes made on the way out: EmbeddedDatabaseShutdown stops it after them
                    .setRegisterShutdownHook(clean);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s", server.getPort(), dataDir);
            return new EmbeddedDatabase(server, dataDir, server.getPort());
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

    /** Stops the server, whether this object started it or adopted it. */
    public void stop() {
        if (server == null) {
            stopRunning(dataDir);
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * Stops whatever server owns the data directory (its pid from postmaster.pid) with a fast
     * shutdown, as zonky's own stop does: clients are disconnected, the data is checkpointed.
     *
     * @return whether a live server was found and stopped
     */
    public static boolean stopRunning(Path dataDir) {
        try {
            PidFile pidFile = PidFile.read(dataDir);
            ProcessHandle postgres = pidFile == null ? null : pidFile.process();
            if (postgres == null || !accepts(pidFile.port())) {
                return false; // none, or a stale pid file whose pid may now be another process's
            }
            // SIGINT (fast) rather than ProcessHandle.destroy's SIGTERM (smart), which would wait for
            // clients that may be closing in a shutdown hook running beside this one
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(postgres.pid())).start();
            if (kill.waitFor() != 0) {
                postgres.destroy();
            }
            postgres.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            LOG.infof("Embedded PostgreSQL stopped (%s)", dataDir);
            return true;
        } catch (IOException | ExecutionException | TimeoutException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly in " + dataDir, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The port of a live server that owns this data directory. */
    private static Integer runningPort(Path dataDir) throws IOException {
        PidFile pidFile = PidFile.read(dataDir);
        // none, or a stale pid file from a crash: PostgreSQL itself recovers once it starts again
        return pidFile != null && pidFile.process() != null && accepts(pidFile.port()) ? pidFile.port() : null;
    }

    /** The first lines of postmaster.pid: the server's pid, then (fourth line) its port. */
    private record PidFile(long pid, int port) {

        static PidFile read(Path dataDir) throws IOException {
            Path file = dataDir.resolve("postmaster.pid");
            if (!Files.exists(file)) {
                return null;
            }
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 4) {
                return null; // still being written by a starting server
            }
            return new PidFile(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim()));
        }

        /** The live process, or null. */
        ProcessHandle process() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).orElse(null);
        }
    }

    /** Whether a server listens on the port (package-private for the tests). */
    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
