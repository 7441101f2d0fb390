package org.onedoor.bridge.transport;

import java.io.IOException;

/** Opens a {@link ByteLink} to an endpoint. */
public final class Links {

    /** Cheap printers and converters answer a connect at once or not at all. */
    public static final int CONNECT_TIMEOUT_MILLIS = 2000;

    private Links() {
    }

    /**
     * @param writeTimeoutMillis how long one serial write may block (a slow baud rate, flow control)
     */
    public static ByteLink open(Endpoint endpoint, int writeTimeoutMillis) throws IOException {
        if (endpoint instanceof Endpoint.Tcp tcp) {
            return new TcpLink(tcp, CONNECT_TIMEOUT_MILLIS);
        }
        if (endpoint instanceof Endpoint.Serial serial) {
            return new SerialLink(serial, writeTimeoutMillis);
        }
        return new DeviceFileLink((Endpoint.DeviceFile) endpoint);
    }
}
