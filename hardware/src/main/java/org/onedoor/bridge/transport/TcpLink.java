package org.onedoor.bridge.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** A TCP connection to a network printer or a serial-to-TCP converter. */
final class TcpLink implements ByteLink {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String name;

    TcpLink(Endpoint.Tcp endpoint, int connectTimeoutMillis) throws IOException {
        name = endpoint.toString();
        socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), connectTimeoutMillis);
            socket.setTcpNoDelay(true); // a display frame is a few bytes: send it now
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            close();
            throw new IOException("cannot connect to " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] data) throws IOException {
        out.write(data);
        out.flush();
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutMillis) throws IOException {
        if (timeoutMillis <= 0) {
            return 0;
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMillis));
        try {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                throw new IOException(name + " closed the connection");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    /**
     * Also finds out whether the other end has hung up: a write to a closed TCP connection often
     * "succeeds" and the bytes are lost, so a line kept open is checked before it is used.
     */
    @Override
    public void drain() throws IOException {
        byte[] junk = new byte[256];
        socket.setSoTimeout(1);
        try {
            while (true) {
                if (in.read(junk) < 0) {
                    throw new IOException(name + " closed the connection");
                }
            }
        } catch (SocketTimeoutException e) {
            // nothing more waiting: drained
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort: the socket is dropped either way
        }
    }
}
