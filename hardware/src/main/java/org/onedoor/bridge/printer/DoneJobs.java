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
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * The ids of the print jobs already printed, kept on disk so that a job the server sends again
 * (after a lost acknowledgement, a reconnect or a restart of the bridge) is never printed twice.
 * One id per line, appended and forced to disk before the job is acknowledged. A job whose bytes
 * went out but failed after (the roll ran out mid-ticket) gets a second line, its id, a tab and
 * why: a resend after a lost acknowledgement answers that failure again, not "printed". The file
 * keeps the newest {@value #KEEP} ids: it is rewritten (atomically) when it has grown to twice that.
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
    /** By id, in the order recorded: why the job failed after its bytes went out, or null if it printed. */
    private final LinkedHashMap<String, String> ids = new LinkedHashMap<>();
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
                int tab = line.indexOf('\t');
                String id = (tab < 0 ? line : line.substring(0, tab)).trim();
                if (!id.isEmpty()) {
                    ids.remove(id);
                    ids.put(id, tab < 0 ? null : line.substring(tab + 1).trim());
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
        return ids.containsKey(job);
    }

    /** Why a job recorded here failed after its bytes went out; null if it printed or is not here. */
    public synchronized String failure(String job) {
        return ids.get(job);
    }

    /** Records a printed job; returns once the id is on disk. */
    public synchronized void add(String job) throws IOException {
        record(job, null);
    }

    /**
     * Records that a job failed: one added before failed after all (its ticket is torn, or may be),
     * or a job tried once that never went out; on disk on return.
     */
    public synchronized void failed(String job, String why) throws IOException {
        record(job, why.replaceAll("[\\t\\r\\n]", " "));
    }

    private void record(String job, String failure) throws IOException {
        if (job.contains("\n") || job.contains("\r") || job.contains("\t")) {
            throw new IllegalArgumentException("job id with a line break or a tab");
        }
        ids.remove(job);
        ids.put(job, failure);
        trimMemory();
        out.write(line(job, failure).getBytes(StandardCharsets.UTF_8));
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

    private static String line(String job, String failure) {
        return failure == null ? job + "\n" : job + "\t" + failure + "\n";
    }

    private void trimMemory() {
        Iterator<String> oldest = ids.keySet().iterator();
        while (ids.size() > keep) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Writes the ids kept to a new file and swaps it in, so a crash leaves the old or the new one. */
    private void rewrite() throws IOException {
        Path fresh = file.resolveSibling(FILE + ".new");
        StringBuilder lines = new StringBuilder();
        ids.forEach((job, failure) -> lines.append(line(job, failure)));
        try (FileOutputStream stream = new FileOutputStream(fresh.toFile())) {
            stream.write(lines.toString().getBytes(StandardCharsets.UTF_8));
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
        linesInFile = ids.size();
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
