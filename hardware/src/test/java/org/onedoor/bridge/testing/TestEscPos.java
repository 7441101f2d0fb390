package org.onedoor.bridge.testing;

import java.io.ByteArrayOutputStream;

/**
 * Ticket bytes built by hand the way the server's EscPos does (ESC @, GS v 0 bands, ESC d 4,
 * GS V 66 0), with a picture whose bytes contain DLE EOT 4 (10 04 04) on purpose.
 */
public final class TestEscPos {

    private TestEscPos() {
    }

    /** 2 bytes (16 dots) wide, 3 rows: the rows are 10 04 / 04 10 / FF 00. */
    public static final byte[] PICTURE = {0x10, 0x04, 0x04, 0x10, (byte) 0xff, 0x00};

    public static byte[] ticket() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1b, 0x40});
        out.writeBytes(new byte[] {0x1d, 0x76, 0x30, 0x00, 2, 0, 3, 0});
        out.writeBytes(PICTURE);
        out.writeBytes(new byte[] {0x1b, 0x64, 0x04, 0x1d, 0x56, 0x42, 0x00});
        return out.toByteArray();
    }
}
