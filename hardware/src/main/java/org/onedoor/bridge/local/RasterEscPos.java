package org.onedoor.bridge.local;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

/**
 * A picture as an ESC/POS ticket, the same bytes the server sends for its tickets: initialise
 * ({@code ESC @}), raster bands ({@code GS v 0}, 1 bit a dot, black = 1), feed past the cutter
 * ({@code ESC d 4}) and cut ({@code GS V 66 0}). Bands of 128 rows keep each command within the
 * buffer of the cheapest printers.
 */
public final class RasterEscPos {

    static final int BAND_ROWS = 128;

    private RasterEscPos() {
    }

    public static byte[] ticket(BufferedImage picture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1b, 0x40});
        int widthBytes = (picture.getWidth() + 7) / 8;
        for (int top = 0; top < picture.getHeight(); top += BAND_ROWS) {
            int rows = Math.min(BAND_ROWS, picture.getHeight() - top);
            out.writeBytes(new byte[] {0x1d, 0x76, 0x30, 0x00, (byte) (widthBytes & 0xff), (byte) (widthBytes >> 8),
                (byte) (rows & 0xff), (byte) (rows >> 8)});
            for (int y = top; y < top + rows; y++) {
                for (int xb = 0; xb < widthBytes; xb++) {
                    int bits = 0;
                    for (int bit = 0; bit < 8; bit++) {
                        int x = xb * 8 + bit;
                        if (x < picture.getWidth() && dark(picture.getRGB(x, y))) {
                            bits |= 0x80 >> bit;
                        }
                    }
                    out.write(bits);
                }
            }
        }
        out.writeBytes(new byte[] {0x1b, 0x64, 0x04, 0x1d, 0x56, 0x42, 0x00});
        return out.toByteArray();
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (r * 299 + g * 587 + b * 114) / 1000 < 128;
    }
}
