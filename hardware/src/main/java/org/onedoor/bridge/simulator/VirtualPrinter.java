package org.onedoor.bridge.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A network ESC/POS printer for demos and tests: it listens like a real one (port 9100, one client
 * at a time), answers status questions for a paper roll that can be set OK, LOW or OUT, and on
 * each cut saves the ticket's raster as {@code ticket-0001.png}, {@code ticket-0002.png}, … in its
 * folder. With the paper out it prints nothing, like a real printer.
 */
public final class VirtualPrinter implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(VirtualPrinter.class.getName());
    private static final Pattern TICKET = Pattern.compile("ticket-(\\d+)\\.png");
    /** A client that sends nothing for this long is dropped, so it cannot hold the printer. */
    private static final int IDLE_MILLIS = 10_000;

    /** Status bytes of DLE EOT 4 (paper) as common printers send them. */
    static int paperByte(String paper) {
        return switch (paper) {
            case "LOW" -> 0x1e;
            case "OUT" -> 0x72;
            default -> 0x12;
        };
    }

    private final ServerSocket server;
    private final Path out;
    private final TicketImage ticket = new TicketImage();
    private final List<Path> saved = new ArrayList<>();
    private volatile String paper;
    private int nextNumber;

    private VirtualPrinter(ServerSocket server, Path out, String paper) throws IOException {
        this.server = server;
        this.out = out;
        this.paper = paper;
        Files.createDirectories(out);
        try (Stream<Path> files = Files.list(out)) {
            nextNumber = 1 + files.map(f -> TICKET.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        }
    }

    public static VirtualPrinter start(String host, int port, Path out, String paper) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(host, port));
        VirtualPrinter printer = new VirtualPrinter(server, out, paper);
        Thread thread = new Thread(printer::serve, "virtual-printer");
        thread.setDaemon(true);
        thread.start();
        LOG.log(Level.INFO, "virtual printer on port " + printer.port() + ", paper " + paper + ", tickets in " + out.toAbsolutePath());
        return printer;
    }

    public int port() {
        return server.getLocalPort();
    }

    public void paper(String state) {
        paper = state;
        LOG.log(Level.INFO, "paper " + state);
    }

    /** The tickets saved so far. */
    public synchronized List<Path> saved() {
        return List.copyOf(saved);
    }

    /** Reads lines like {@code paper OUT} from {@code commands} (the console) on a thread of its own. */
    public void followCommands(InputStream commands) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(commands, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] words = line.trim().toUpperCase(Locale.ROOT).split("\\s+");
                    if (words.length == 2 && words[0].equals("PAPER") && List.of("OK", "LOW", "OUT").contains(words[1])) {
                        paper(words[1]);
                    } else if (!line.isBlank()) {
                        LOG.log(Level.INFO, "commands: paper OK | paper LOW | paper OUT");
                    }
                }
            } catch (IOException ignored) {
                // no console: nothing to follow
            }
        }, "virtual-printer-console");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Serves one byte stream until it ends, as if it came over a serial line or a USB cable (the
     * TCP listener uses it for each client).
     */
    public void serve(InputStream in, OutputStream answers) throws IOException {
        new EscPosInterpreter(in, answers, new Printer()).run();
    }

    /** One client at a time, as cheap printers do: the next waits in the accept queue. */
    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(IDLE_MILLIS);
                serve(client.getInputStream(), client.getOutputStream());
            } catch (SocketTimeoutException e) {
                LOG.log(Level.DEBUG, "idle client dropped");
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.DEBUG, "client: " + e.getMessage());
                }
            }
        }
    }

    private final class Printer implements EscPosInterpreter.Printer {
        @Override
        public void raster(int widthBytes, int rows, byte[] dots) {
            synchronized (VirtualPrinter.this) {
                ticket.add(widthBytes, rows, dots);
            }
        }

        @Override
        public void cut() {
            synchronized (VirtualPrinter.this) {
                if (ticket.isEmpty()) {
                    return;
                }
                if (paper.equals("OUT")) {
                    LOG.log(Level.WARNING, "paper out: ticket not printed");
                    ticket.clear();
                    return;
                }
                Path file = out.resolve(String.format("ticket-%04d.png", nextNumber++));
                try {
                    ticket.save(file);
                    saved.add(file);
                    LOG.log(Level.INFO, "saved " + file);
                } catch (IOException e) {
                    LOG.log(Level.ERROR, "cannot save " + file + ": " + e.getMessage());
                }
                ticket.clear();
            }
        }

        @Override
        public int status(int n) {
            return n == 4 ? paperByte(paper) : 0x12;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
