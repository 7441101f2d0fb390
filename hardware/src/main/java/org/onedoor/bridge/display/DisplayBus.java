package org.onedoor.bridge.display;

import java.io.IOException;

/**
 * A line (RS-485 or TCP) with one or more LED counter displays on it, each at its own address.
 * Calls come from one thread (the bus's {@link DisplayWorker}).
 */
public interface DisplayBus extends AutoCloseable {

    /** Shows {@code text} on the display at {@code address}; {@code recall} when the counter calls again. */
    void show(int address, String text, boolean recall) throws IOException;

    /** Blanks the display at {@code address}. */
    void clear(int address) throws IOException;

    /**
     * Whether the display at {@code address} shows {@code text} now ("" for blank), read back from
     * the board; null when this bus cannot tell (its boards do not answer questions).
     */
    default Boolean shows(int address, String text) throws IOException {
        return null;
    }

    /** Checks that the line itself can be opened: a cheap health probe that addresses no display. */
    void probe() throws IOException;

    /** The valid addresses, for a clear error on a wrong one. */
    int minAddress();

    int maxAddress();

    @Override
    void close();
}
