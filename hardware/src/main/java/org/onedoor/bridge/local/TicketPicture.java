package org.onedoor.bridge.local;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a local ticket as a black-and-white picture 576 dots wide (80 mm paper), laid out like the
 * server's tickets (its TicketRaster): center name, a rule, the field, the code very large, the
 * time, then the page's lines. A picture, because printers' code pages cannot be trusted with
 * Vietnamese; the fonts are the server's own Noto Sans subset, built into the jar by hardware/pom.xml.
 */
public final class TicketPicture {

    public static final int WIDTH = 576;
    private static final int GAP = 12;
    private static final int MAX_HEIGHT = 2400;
    private static final float CODE_SIZE = 150f;
    /** Below this a long code is wrapped rather than made smaller still. */
    private static final float CODE_MIN_SIZE = 48f;

    private static final Font REGULAR = load("print/NotoSans-Regular.ttf");
    private static final Font BOLD = load("print/NotoSans-Bold.ttf");

    private TicketPicture() {
    }

    public static BufferedImage draw(LocalTicket t) {
        BufferedImage img = new BufferedImage(WIDTH, MAX_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, MAX_HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Pen pen = new Pen(g);
            if (t.centerName() != null) {
                pen.centered(t.centerName(), BOLD.deriveFont(24f));
                pen.rule();
            }
            if (t.field() != null) {
                pen.centered(t.field(), BOLD.deriveFont(32f));
            }
            pen.centered(t.code(), BOLD.deriveFont(codeSize(g, t.code())));
            if (t.issuedAt() != null) {
                pen.centered(t.issuedAt(), REGULAR.deriveFont(22f));
            }
            for (String line : t.lines()) {
                pen.centered(line, REGULAR.deriveFont(22f));
            }
            return img.getSubimage(0, 0, WIDTH, Math.min(MAX_HEIGHT, pen.y + 2 * GAP));
        } finally {
            g.dispose();
        }
    }

    /** The code as large as the server prints it, smaller when a long code would not fit on one line. */
    private static float codeSize(Graphics2D g, String code) {
        int width = g.getFontMetrics(BOLD.deriveFont(CODE_SIZE)).stringWidth(code);
        float fitting = CODE_SIZE * (WIDTH - 2 * GAP) / Math.max(1, width);
        return Math.max(CODE_MIN_SIZE, Math.min(CODE_SIZE, fitting));
    }

    /** Writes lines down the paper, centred, wrapped to its width. */
    private static final class Pen {
        final Graphics2D g;
        int y = GAP;

        Pen(Graphics2D g) {
            this.g = g;
        }

        void centered(String text, Font font) {
            g.setFont(font);
            FontMetrics m = g.getFontMetrics();
            for (String line : wrap(text, m, WIDTH - 2 * GAP)) {
                y += m.getAscent();
                g.drawString(line, (WIDTH - m.stringWidth(line)) / 2, y);
                y += m.getDescent() + GAP / 2;
            }
        }

        void rule() {
            y += GAP / 2;
            g.fillRect(GAP, y, WIDTH - 2 * GAP, 3);
            y += GAP;
        }

        /** Breaks at spaces; a word wider than the paper on its own is broken between letters. */
        static List<String> wrap(String text, FontMetrics m, int max) {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : text.split(" ")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (m.stringWidth(tried) <= max) {
                    line = tried;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = word;
                while (m.stringWidth(line) > max && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && m.stringWidth(line.substring(0, cut)) > max) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line = line.substring(cut);
                }
            }
            lines.add(line);
            return lines;
        }
    }

    private static Font load(String resource) {
        try (InputStream in = TicketPicture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar (see hardware/pom.xml)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource + " is not a TrueType font", e);
        }
    }
}
