package org.onedoor.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.onedoor.bridge.config.BridgeConfig;
import org.onedoor.bridge.display.DisplayBus;
import org.onedoor.bridge.display.DisplayRouter;
import org.onedoor.bridge.display.DisplayWorker;
import org.onedoor.bridge.display.ModbusRtuBus;
import org.onedoor.bridge.display.VendorFrameBus;
import org.onedoor.bridge.link.Frames;
import org.onedoor.bridge.link.ServerLink;
import org.onedoor.bridge.local.LocalPrintServer;
import org.onedoor.bridge.printer.DoneJobs;
import org.onedoor.bridge.printer.PrinterWorker;
import org.onedoor.bridge.printer.ThermalPrinter;

/**
 * The running bridge: the server socket, a worker per printer and per display bus, the list of
 * printed jobs and the health reports, wired from the configuration. Frames from the server are
 * handed to the workers at once, so the socket's thread never waits on a device.
 */
public final class Bridge implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Bridge.class.getName());

    private final FileChannel lockFile;
    private final DoneJobs done;
    private final Map<String, PrinterWorker> printers = new LinkedHashMap<>();
    private final DisplayRouter displays = new DisplayRouter();
    private final HealthReporter health;
    private final ServerLink link;
    private LocalPrintServer local;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "health");
        thread.setDaemon(true);
        return thread;
    });

    private Bridge(BridgeConfig config, ServerLink.Timing timing) throws IOException {
        Files.createDirectories(config.stateDir());
        lockFile = FileChannel.open(config.stateDir().resolve("bridge.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (!lock(lockFile)) {
            lockFile.close();
            throw new IOException("another bridge is running with state dir " + config.stateDir().toAbsolutePath());
        }
        done = new DoneJobs(config.stateDir());
        Runnable changed = () -> ticker.execute(this::reportIfChanged);
        for (BridgeConfig.Printer p : config.printers()) {
            printers.put(p.name(), new PrinterWorker(new ThermalPrinter(p.name(), p.endpoint(), p.statusCheck()), done,
                    config.healthInterval(), changed));
        }
        for (BridgeConfig.Display d : config.displays()) {
            DisplayBus bus = d.protocol() == BridgeConfig.Protocol.MODBUS ? new ModbusRtuBus(d.endpoint(), config.modbus())
                    : new VendorFrameBus(d.endpoint(), config.vendor());
            DisplayWorker worker = new DisplayWorker(d.name(), bus, config.healthInterval(), changed);
            if (d.lone()) {
                displays.addLone(worker, d.address());
            } else {
                displays.addBus(worker);
            }
        }
        health = new HealthReporter(new ArrayList<>(printers.values()), displays.workers(), this::send);
        link = new ServerLink(config.server(), config.socketWithToken(), new ServerLink.Handler() {
            @Override
            public String hello() {
                return Frames.hello(List.copyOf(printers.keySet()), displays.names());
            }

            @Override
            public void connected() {
                ticker.execute(health::report); // the server learns the devices' state at once
            }

            @Override
            public void frame(JsonNode frame) {
                onFrame(frame);
            }
        }, timing);
    }

    /** The local print port is taken: told apart from a state dir problem, the message names the key. */
    public static final class PortUnavailable extends IOException {
        PortUnavailable(String message, IOException cause) {
            super(message, cause);
        }
    }

    public static Bridge start(BridgeConfig config) throws IOException {
        return start(config, ServerLink.Timing.DEFAULT);
    }

    public static Bridge start(BridgeConfig config, ServerLink.Timing timing) throws IOException {
        Bridge bridge = new Bridge(config, timing);
        bridge.printers.values().forEach(PrinterWorker::start);
        bridge.displays.workers().forEach(DisplayWorker::start);
        if (config.localPrint().enabled()) {
            try {
                bridge.local = LocalPrintServer.start(config.localPrint(), bridge.ticketPrinter());
            } catch (IOException e) {
                bridge.close();
                throw new PortUnavailable("local-print-port: cannot listen on 127.0.0.1:" + config.localPrint().port()
                        + " (" + e.getMessage() + ")", e);
            }
        }
        long every = config.healthInterval().toMillis();
        bridge.ticker.scheduleAtFixedRate(bridge.health::report, every, every, TimeUnit.MILLISECONDS);
        bridge.link.start();
        LOG.log(Level.INFO, "bridge started: printers " + bridge.printers.keySet() + ", displays " + bridge.displays.names()
                + ", server " + config.server());
        return bridge;
    }

    /**
     * The printer the kiosk's tickets go to: the one named {@code ticket} (the name the server uses
     * for a kiosk's printer), else the first one configured.
     */
    PrinterWorker ticketPrinter() {
        PrinterWorker ticket = printers.get("ticket");
        return ticket != null ? ticket : printers.values().iterator().next();
    }

    /** Where the local print endpoint listens, or null when it is off. */
    public InetSocketAddress localPrintAddress() {
        return local == null ? null : local.address();
    }

    public boolean isConnected() {
        return link.isConnected();
    }

    private void onFrame(JsonNode frame) {
        String type = frame.path("type").asText("");
        switch (type) {
            case "Print" -> print(frame);
            case "Show", "Clear" -> display(frame, type.equals("Clear"));
            default -> LOG.log(Level.DEBUG, "ignored frame of type '" + type + "'");
        }
    }

    private void print(JsonNode frame) {
        String job = frame.path("job").asText(null);
        if (job == null || job.isBlank()) {
            LOG.log(Level.WARNING, "ignored a Print frame without a job id");
            return;
        }
        String name = frame.path("printer").asText("");
        PrinterWorker printer = printers.get(name);
        if (printer == null) {
            LOG.log(Level.WARNING, "not printed " + job + ": no printer named " + name);
            ack(job, false, "no printer named " + name);
            return;
        }
        byte[] escpos;
        try {
            escpos = Base64.getDecoder().decode(frame.path("escpos").asText(""));
        } catch (IllegalArgumentException e) {
            ack(job, false, "escpos is not valid base64");
            return;
        }
        // the server says how long the ticket is worth printing; counted from now, on this PC's steady clock
        long validFor = frame.path("validForSeconds").asLong(0);
        long deadline = validFor > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(validFor) : 0;
        printer.submit(job, escpos, deadline, this::ack);
    }

    private void display(JsonNode frame, boolean clear) {
        String job = frame.path("job").asText(null);
        String name = frame.path("display").asText("");
        DisplayRouter.Target target;
        try {
            target = displays.route(name);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "display " + name + " failed: " + e.getMessage());
            ack(job, false, e.getMessage());
            return;
        }
        // the server saying again what the display shows (each minute, after a reconnect)
        boolean refresh = frame.path("refresh").asBoolean(false);
        if (clear) {
            target.worker().clear(job, name, target.address(), refresh, this::ack);
        } else {
            JsonNode text = frame.path("text");
            if (!text.isTextual() && !text.isNumber()) {
                ack(job, false, "Show without text");
                return;
            }
            target.worker().show(job, name, target.address(), text.asText(), frame.path("recall").asBoolean(false), refresh,
                    this::ack);
        }
    }

    private void ack(String job, boolean ok, String reason) {
        if (job != null && !send(Frames.ack(job, ok, reason))) {
            // the server sends an unacknowledged print job again on the next connection
            LOG.log(Level.DEBUG, "no connection: acknowledgement of " + job + " not sent");
        }
    }

    private boolean send(String frame) {
        return link.send(frame);
    }

    private void reportIfChanged() {
        health.reportIfChanged();
    }

    private static boolean lock(FileChannel channel) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
        link.close();
        ticker.shutdownNow();
        printers.values().forEach(PrinterWorker::stop); // all at once: none starts a queued job while another finishes
        printers.values().forEach(PrinterWorker::close);
        displays.workers().forEach(DisplayWorker::close);
        try {
            done.close();
            lockFile.close(); // releases the lock
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the state dir: " + e.getMessage());
        }
        LOG.log(Level.INFO, "bridge stopped");
    }
}
