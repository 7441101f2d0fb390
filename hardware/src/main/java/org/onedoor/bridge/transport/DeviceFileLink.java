package org.onedoor.bridge.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A printer's device file ({@code /dev/usb/lp0}). Writing is plain; reading a status byte may
 * block for ever when the printer sends nothing (or cannot answer at all), so a read runs on a
 * thread of its own and is abandoned at its timeout: interrupting it closes the channel, which
 * unblocks the read. The link is then closed, so it serves one question (which is all a print
 * job or a status poll needs).
 */
final class DeviceFileLink implements ByteLink {

    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "usb-status-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final FileChannel channel;
    private final String name;

    DeviceFileLink(Endpoint.DeviceFile endpoint) throws IOException {
        name = endpoint.path().toString();
        channel = open(endpoint);
    }

    /**
     * Read and write when the device allows it (for the status byte); write only otherwise, e.g. a
     * Windows printer share, which then needs {@code status-check = false}.
     */
    private static FileChannel open(Endpoint.DeviceFile endpoint) throws IOException {
        try {
            return FileChannel.open(endpoint.path(), StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException readWrite) {
            try {
                return FileChannel.open(endpoint.path(), StandardOpenOption.WRITE);
            } catch (IOException | UnsupportedOperationException writeOnly) {
                throw new IOException("cannot open " + endpoint.path() + ": " + readWrite, readWrite);
            }
        }
    }

    @Override
    public void write(byte[] data) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutMillis) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        Future<Integer> reading = READERS.submit(() -> {
            ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
            while (true) {
                int n = channel.read(target);
                if (n > 0) {
                    return n;
                }
                // end of file: the printer has nothing to say yet; ask again until the deadline
                if (System.nanoTime() > deadline) {
                    return 0;
                }
                Thread.sleep(10);
            }
        });
        try {
            return reading.get(Math.max(1, timeoutMillis), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true); // closes the channel: the blocked read returns
            return 0;
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + name, e);
        } catch (ExecutionException e) {
            throw new IOException("cannot read " + name + ": " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void drain() {
        // a device file is opened for one question: nothing old can be waiting in it
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // best effort
        }
    }
}
