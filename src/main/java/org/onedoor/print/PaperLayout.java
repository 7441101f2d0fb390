package org.onedoor.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A center's layout, ready to draw: the logo decoded, the lines split.
 *
 * @param logo null for none
 */
public record PaperLayout(BufferedImage logo, List<String> header, List<String> footer) {

    public static final PaperLayout DEFAULT = new PaperLayout(null, List.of(), List.of());

    static PaperLayout of(TicketLayout row) {
        if (row == null) {
            return DEFAULT;
        }
        return new PaperLayout(decode(row.logo), lines(row.header), lines(row.footer));
    }

    static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The picture in an uploaded file, or null when it is not a PNG or JPEG we can read. */
    static BufferedImage decode(byte[] image) {
        if (image == null) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
