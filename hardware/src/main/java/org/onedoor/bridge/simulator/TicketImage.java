package org.onedoor.bridge.simulator;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** The raster bands of one ticket (GS v 0, one bit per dot, 1 = black), stacked into a picture. */
final class TicketImage {

    private record Band(int widthBytes, int rows, byte[] dots) {
    }

    private final List<Band> bands = new ArrayList<>();

    void add(int widthBytes, int rows, byte[] dots) {
        if (widthBytes > 0 && rows > 0) {
            bands.add(new Band(widthBytes, rows, dots));
        }
    }

    boolean isEmpty() {
        return bands.isEmpty();
    }

    void clear() {
        bands.clear();
    }

    BufferedImage picture() {
        int width = bands.stream().mapToInt(b -> b.widthBytes() * 8).max().orElse(0);
        int height = bands.stream().mapToInt(Band::rows).sum();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        int top = 0;
        for (Band band : bands) {
            for (int y = 0; y < band.rows(); y++) {
                for (int x = 0; x < width; x++) {
                    int xb = x / 8;
                    boolean black = xb < band.widthBytes()
                            && (band.dots()[y * band.widthBytes() + xb] & (0x80 >> (x % 8))) != 0;
                    image.setRGB(x, top + y, black ? 0xff000000 : 0xffffffff);
                }
            }
            top += band.rows();
        }
        return image;
    }

    /** Writes the PNG under a temporary name first, so whoever watches the folder never reads half a file. */
    void save(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        if (!ImageIO.write(picture(), "png", partial.toFile())) {
            throw new IOException("no PNG writer");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
