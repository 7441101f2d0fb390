package org.onedoor.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onedoor.floor.TicketPrint;

/**
 * Draws a paper ticket as a black-and-white picture, 576 dots wide for 80 mm paper (384 for
 * 58 mm). Cheap thermal printers cannot print Vietnamese from their code pages reliably; a picture
 * drawn here with a bundled font that has every diacritic always prints right.
 */
public final class TicketRaster {

    public static final int WIDTH_80MM = 576;
    public static final int WIDTH_58MM = 384;

    private static final Font REGULAR = load("print/NotoSans-Regular.ttf");
    private static final Font BOLD = load("print/NotoSans-Bold.ttf");
    /** Tall enough for nearly every ticket (at 80 mm; scaled for 58): one drawing is enough. */
    private static final int USUAL_HEIGHT = 1600;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** The words around the figures, in the citizen's language. */
    public interface Words {
        String counters(String counters);

        String ahead(int ahead);

        String estimate(int minutes);

        String noCounterOpen();

        String track();
    }

    private TicketRaster() {
    }

    /**
     * @param trackingUrl the full address of the tracking page, for the QR code
     * @param logo        the center's logo, drawn on top (null for none)
     * @param header      the center's own lines above the ticket (may be empty)
     * @param footer      the center's own lines below it (may be empty)
     */
    public static BufferedImage render(TicketPrint p, String trackingUrl, int width, Words words, BufferedImage logo,
            List<String> header, List<String> footer) {
        double s = width / (double) WIDTH_80MM;
        int height = (int) (USUAL_HEIGHT * s);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int used = draw(img, s, p, trackingUrl, words, logo, header, footer);
        if (used > height) {
            // a center's logo and eight long lines of its own make a ticket longer than usual: the
            // first drawing measured it, the second has room for all of it
            img = new BufferedImage(width, used, BufferedImage.TYPE_INT_RGB);
            used = draw(img, s, p, trackingUrl, words, logo, header, footer);
        }
        return img.getSubimage(0, 0, width, Math.min(used, img.getHeight()));
    }

    /** Draws the ticket from the top of {@code img}; how tall it is, whether or not it fitted. */
    private static int draw(BufferedImage img, double s, TicketPrint p, String trackingUrl, Words words,
            BufferedImage logo, List<String> header, List<String> footer) {
        int width = img.getWidth();
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Pen pen = new Pen(g, width, (int) (12 * s));
        if (logo != null) {
            pen.picture(logo, width * 3 / 5, (int) (160 * s));
        }
        for (String line : header) {
            pen.centered(line, REGULAR.deriveFont(22f * (float) s));
        }
        pen.centered(p.centerName(), BOLD.deriveFont(24f * (float) s));
        pen.rule();
        Map<String, String> names = p.fieldNames();
        String vi = names.getOrDefault("vi", p.field());
        pen.centered(vi, BOLD.deriveFont(32f * (float) s));
        String own = p.language() == null ? null : names.get(p.language());
        if (own != null && !own.equals(vi)) {
            pen.centered(own, REGULAR.deriveFont(26f * (float) s));
        }
        pen.centered(p.code(), BOLD.deriveFont(150f * (float) s));
        if (p.counters() != null && !p.counters().isEmpty()) {
            pen.centered(words.counters(String.join(", ", p.counters().stream().map(String::valueOf).toList())),
                    BOLD.deriveFont(28f * (float) s));
        }
        if (p.peopleAhead() != null) {
            pen.centered(words.ahead(p.peopleAhead()), REGULAR.deriveFont(26f * (float) s));
        }
        if (p.noCounterOpen()) {
            pen.centered(words.noCounterOpen(), REGULAR.deriveFont(26f * (float) s));
        } else if (p.estimatedWaitMinutes() != null && p.peopleAhead() != null && p.peopleAhead() > 0) {
            pen.centered(words.estimate(p.estimatedWaitMinutes()), REGULAR.deriveFont(26f * (float) s));
        }
        pen.centered(WHEN.format(p.issuedAt()), REGULAR.deriveFont(22f * (float) s));
        pen.qr(trackingUrl, (int) (220 * s));
        pen.centered(words.track(), REGULAR.deriveFont(20f * (float) s));
        for (String line : footer) {
            pen.centered(line, REGULAR.deriveFont(20f * (float) s));
        }
        g.dispose();
        return pen.y + (int) (24 * s);
    }

    /** Writes lines down the paper, centred, wrapped to its width. */
    private static final class Pen {
        final Graphics2D g;
        final int width;
        final int gap;
        int y;

        Pen(Graphics2D g, int width, int gap) {
            this.g = g;
            this.width = width;
            this.gap = gap;
            this.y = gap;
        }

        void centered(String text, Font font) {
            g.setFont(font);
            FontMetrics m = g.getFontMetrics();
            for (String line : wrap(text, m, width - 2 * gap)) {
                y += m.getAscent();
                g.drawString(line, (width - m.stringWidth(line)) / 2, y);
                y += m.getDescent() + gap / 2;
            }
        }

        /** A picture centred, scaled down to fit {@code maxWidth} × {@code maxHeight}, on white. */
        void picture(BufferedImage picture, int maxWidth, int maxHeight) {
            double scale = Math.min(1.0, Math.min(maxWidth / (double) picture.getWidth(), maxHeight / (double) picture.getHeight()));
            int w = Math.max(1, (int) (picture.getWidth() * scale));
            int h = Math.max(1, (int) (picture.getHeight() * scale));
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(picture, (width - w) / 2, y, w, h, Color.WHITE, null);
            y += h + gap;
        }

        void rule() {
            y += gap / 2;
            g.fillRect(gap, y, width - 2 * gap, Math.max(2, gap / 4));
            y += gap;
        }

        void qr(String data, int size) {
            try {
                BitMatrix m = new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
                int module = Math.max(2, size / m.getWidth());
                int left = (width - module * m.getWidth()) / 2;
                y += gap;
                for (int qy = 0; qy < m.getHeight(); qy++) {
                    for (int qx = 0; qx < m.getWidth(); qx++) {
                        if (m.get(qx, qy)) {
                            g.fillRect(left + qx * module, y + qy * module, module, module);
                        }
                    }
                }
                y += module * m.getHeight() + gap;
            } catch (WriterException e) {
                throw new IllegalStateException("A tracking address too long for a QR code", e);
            }
        }

        private static List<String> wrap(String text, FontMetrics m, int max) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (m.stringWidth(tried) > max && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }

    private static Font load(String resource) {
        try (InputStream in = TicketRaster.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource + " is not a TrueType font", e);
        }
    }
}
