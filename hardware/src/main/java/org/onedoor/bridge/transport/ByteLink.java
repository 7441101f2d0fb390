package org.onedoor.bridge.transport;

import java.io.Closeable;
import java.io.IOException;

/**
 * A byte pipe to one device (or one bus of them), whatever carries it: TCP, a serial port or a
 * device file. Reads take a timeout because a device that does not answer is an everyday event
 * (unplugged, switched off, wrong address), not an exception to wait for forever.
 */
public interface ByteLink extends Closeable {

    void write(byte[] data) throws IOException;

    /**
     * Reads up to {@code length} bytes, waiting at most {@code timeoutMillis} in all.
     *
     * @return how many bytes arrived: fewer than asked (even 0) when the time ran out
     */
    int read(byte[] buffer, int offset, int length, long timeoutMillis) throws IOException;

    /** Throws away bytes already received: a late answer must not be taken for the next one. */
    void drain() throws IOException;

    @Override
    void close();

    /** Reads exactly {@code length} bytes or as many as came in time (then the array is shorter). */
    default byte[] readUpTo(int length, long timeoutMillis) throws IOException {
        byte[] buffer = new byte[length];
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        int got = 0;
        while (got < length) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            int n = read(buffer, got, length - got, left);
            if (n <= 0) {
                break;
            }
            got += n;
        }
        return got == length ? buffer : java.util.Arrays.copyOf(buffer, got);
    }
}
