package org.onedoor.bridge.printer;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The ids of the print jobs already printed, kept on disk so that a job the server sends again
 * (after a lost acknowledgement, a reconnect or a restart of the bridge) is never printed twice.
 * One id per line, appended and forced to disk before the job is acknowledged. The file keeps the
 * newest {@value #KEEP} ids: it is rewritten (atomically) when it has grown to twice that.
 *
 * <p>Written with {@link FileOutputStream} and {@code FileDescriptor.sync()}, never a
 * {@link FileChannel}: an interrupt (a worker stopped mid-print) makes a channel's write throw and
 * closes the channel, so the printed job would go unrecorded (and print again after a restart)
 * and every later id too. Stream writes and sync are not interruptible.
 */
public final class DoneJobs implements AutoCloseable {

    static final int KEEP = 10_000;
    private static final String FILE = "printed-jobs.txt";

    private final int keep;
    private final Path file;
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();
    private FileOutputStream out;
    private int linesInFile;

    public DoneJobs(Path stateDir) throws IOException {
        this(stateDir, KEEP);
    }

    DoneJobs(Path stateDir, int keep) throws IOException {
        this.keep = keep;
        Files.createDirectories(stateDir);
        file = stateDir.resolve(FILE);
        boolean torn = false;
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            torn = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
            // decoded leniently: a torn append may end inside a character, and must not stop the bridge
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                String id = line.trim();
                if (!id.isEmpty()) {
                    ids.remove(id);
                    ids.add(id);
                    linesInFile++;
                }
            }
            trimMemory();
        }
        openForAppend();
        if (torn) {
            // power lost mid-append: end that line, or the next id would be glued to it and not
            // recognised after the next restart (the job would print twice on a resend)
            out.write('\n');
            out.getFD().sync();
        }
    }

    public synchronized boolean contains(String job) {
        return ids.contains(job);
    }

    /** Records a printed job; returns once the id is on disk. */
    public synchronized void add(String job) throws IOException {
        if (job.contains("\n") || job.contains("\r")) {
            throw new IllegalArgumentException("job id with a line break");
        }
        ids.remove(job);
        ids.add(job);
        trimMemory();
        out.write((job + "\n").getBytes(StandardCharsets.UTF_8));
        out.getFD().sync();
        if (++linesInFile >= 2 * keep) {
            rewrite();
        }
    }

    public synchronized int size() {
        return ids.size();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    private void trimMemory() {
        Iterator<String> oldest = ids.iterator();
        while (ids.size() > keep) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Writes the ids kept to a new file and swaps it in, so a crash leaves the old or the new one. */
    private void rewrite() throws IOException {
        Path fresh = file.resolveSibling(FILE + ".new");
        List<String> lines = new ArrayList<>(ids);
        try (FileOutputStream stream = new FileOutputStream(fresh.toFile())) {
            stream.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            stream.getFD().sync();
        }
        out.close();
        try {
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
        }
        // the swap is durable only once the folder is synced: else a crash could bring back the
        // old file without the ids appended to the new one since
        syncDirectory(file.getParent());
        linesInFile = lines.size();
        openForAppend();
    }

    private void openForAppend() throws IOException {
        boolean created = !Files.exists(file);
        out = new FileOutputStream(file.toFile(), true);
        if (created) {
            syncDirectory(file.getParent());
        }
    }

    /**
     * A new file's name is durable only once its folder is synced (Linux; Windows cannot, and need
     * not). Only a channel can sync a folder, so the interrupt flag is held back meanwhile.
     */
    private static void syncDirectory(Path dir) {
        boolean interrupted = Thread.interrupted();
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not possible on this system (or interrupted right now): the file itself is still synced on every append
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
