package org.onedoor.bridge.display;

import java.io.IOException;
import org.onedoor.bridge.transport.ByteLink;
import org.onedoor.bridge.transport.Endpoint;
import org.onedoor.bridge.transport.Links;

/**
 * LED boards that take the configurable {@link VendorFormat} frame. These boards do not answer,
 * so a write succeeds when the bytes left the port; a recall sends the frame again.
 */
public final class VendorFrameBus implements DisplayBus {

    private final Endpoint endpoint;
    private final VendorFormat format;
    private ByteLink link;

    public VendorFrameBus(Endpoint endpoint, VendorFormat format) {
        this.endpoint = endpoint;
        this.format = format;
    }

    @Override
    public void show(int address, String text, boolean recall) throws IOException {
        send(format.frame(address, text));
    }

    @Override
    public void clear(int address) throws IOException {
        send(format.clearFrame(address));
    }

    @Override
    public void probe() throws IOException {
        link();
    }

    @Override
    public int minAddress() {
        return 0;
    }

    @Override
    public int maxAddress() {
        return format.maxAddress();
    }

    private void send(byte[] frame) throws IOException {
        try {
            ByteLink line = link();
            line.drain();
            line.write(frame);
        } catch (IOException e) {
            // a dropped TCP converter or a re-plugged adapter: reopen once
            close();
            link().write(frame);
        }
    }

    private ByteLink link() throws IOException {
        if (link == null) {
            link = Links.open(endpoint, 2000);
        }
        return link;
    }

    @Override
    public void close() {
        if (link != null) {
            link.close();
            link = null;
        }
    }
}
