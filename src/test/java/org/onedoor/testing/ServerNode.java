package org.onedoor.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One OneDoor server node as production runs it: the packaged jar in a process of its own, on
 * a database and (in cluster mode) a broker given to it. Integration tests start several.
 */
public final class ServerNode implements AutoCloseable {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    public final String name;
    public final int port;
    private final Path log;
    private final Process process;

    private final Path dir;
    private final Map<String, String> environment;

    private ServerNode(String name, int port, Path log, Process process, Path dir, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.dir = dir;
        this.environment = environment;
    }

    /** Starts a node with these environment variables and waits until it is ready. */
    public static ServerNode start(String name, Path dir, Map<String, String> environment) throws Exception {
        return start(name, dir, environment, freePort());
    }

    private static ServerNode start(String name, Path dir, Map<String, String> environment, int port) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            fail(JAR + " is missing: integration tests run after ./mvnw package");
        }
        Path log = dir.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", JAR.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        ServerNode node = new ServerNode(name, port, log, builder.start(), dir, environment);
        node.awaitReady(Duration.ofSeconds(90));
        return node;
    }

    /**
     * The environment of the one-node default: the embedded PostgreSQL keeping its data under
     * {@code dataDir}, on a free port, and the administrator's password.
     */
    public static Map<String, String> embeddedDefault(Path dataDir, String adminPassword) throws IOException {
        return Map.of("ONEDOOR_DATA_DIR", dataDir.toString(), "ONEDOOR_EMBEDDED_DB_PORT", String.valueOf(freePort()),
                "ONEDOOR_ADMIN_PASSWORD", adminPassword, "ONEDOOR_SESSION_KEY", "session-key-of-" + dataDir.getFileName());
    }

    /** After {@link #kill()}: the same node again, same port and environment, as a restart by systemd. */
    public ServerNode startAgain() throws Exception {
        return start(name, dir, environment, port);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(Duration within) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("node " + name + " stopped; its log:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("node " + name + " not ready within " + within + "; its log:\n" + Files.readString(log));
    }

    /**
     * The node's last server errors with their stack traces, for a failed assertion's message: a
     * CI run keeps the test's output but not the node's log file.
     */
    public String lastErrors() {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(" ERROR ")) {
                    picked.add(lines.get(i));
                    for (int j = i + 1; j < lines.size() && j <= i + 40 && !lines.get(j).matches("^\\d{4}-\\d\\d-\\d\\d .*"); j++) {
                        picked.add(lines.get(j));
                    }
                }
            }
            return String.join("\n", picked.subList(Math.max(0, picked.size() - 120), picked.size()));
        } catch (IOException e) {
            return "(log of node " + name + " unreadable: " + e + ")";
        }
    }

    /** The node's last 60 log lines that name {@code word} (a package, say), for a failed assertion's message. */
    public String lastLinesOf(String word) {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(line -> line.contains(word)).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log of node " + name + " unreadable: " + e + ")";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGKILL: the node dies as in a power cut, with no goodbye to its sockets or the broker. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
