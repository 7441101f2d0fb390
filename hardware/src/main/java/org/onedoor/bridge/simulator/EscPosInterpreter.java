package org.onedoor.bridge.simulator;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;

/**
 * Reads an ESC/POS byte stream command by command, as a printer does. Every command's length is
 * known from its parameters, so the bytes of a raster picture (which may well contain 10 04 04)
 * are never taken for commands. Commands it does not know are skipped by the usual length of
 * their family, which keeps it in step with anything a ticket normally holds.
 */
final class EscPosInterpreter {

    static final int ESC = 0x1b;
    static final int GS = 0x1d;
    static final int DLE = 0x10;
    static final int FS = 0x1c;
    static final int EOT = 0x04;

    /** What the printer does with what it reads. */
    interface Printer {
        void raster(int widthBytes, int rows, byte[] dots);

        void cut();

        /** The answer to DLE EOT n (1 printer, 2 offline, 3 error, 4 paper). */
        int status(int n);
    }

    private final PushbackInputStream in;
    private final OutputStream out;
    private final Printer printer;

    EscPosInterpreter(InputStream in, OutputStream out, Printer printer) {
        this.in = new PushbackInputStream(in, 1);
        this.out = out;
        this.printer = printer;
    }

    /** Runs until the stream ends. */
    void run() throws IOException {
        int b;
        while ((b = in.read()) >= 0) {
            switch (b) {
                case ESC -> esc(next());
                case GS -> gs(next());
                case DLE -> dle();
                case FS -> fs(next());
                default -> {
                    // text and line feeds: the bridge prints pictures only, text is not drawn
                }
            }
        }
    }

    private void esc(int command) throws IOException {
        switch (command) {
            case '@', '2', 'L', 'S', 'i', 'm', '<' -> {
                // initialise, default line spacing, page mode, cuts of old models: no parameter
            }
            case 'c', '$', '\\', 'B' -> skip(2);
            case 'p' -> skip(3);
            case 'W' -> skip(8);
            case 'D' -> skipUntilNul();
            case '*' -> {
                int m = next();
                int n = word();
                skip(m == 32 || m == 33 ? 3L * n : n);
            }
            case '&' -> userCharacters();
            default -> skip(1); // ESC d n, ESC a n, ESC E n, ESC ! n, ESC 3 n, ESC t n …: one parameter
        }
    }

    private void gs(int command) throws IOException {
        switch (command) {
            case 'v' -> {
                if (next() != '0') {
                    return; // not a raster command after all
                }
                next(); // m: scaling, ignored
                int widthBytes = word();
                int rows = word();
                printer.raster(widthBytes, rows, bytes((long) widthBytes * rows));
            }
            case 'V' -> {
                int m = next();
                if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) {
                    next(); // n: feed before the cut
                }
                printer.cut();
            }
            case '(' -> {
                next(); // function letter (k: QR code, L: graphics, …)
                skip(word());
            }
            case '8' -> {
                next(); // L
                long length = next() | (long) next() << 8 | (long) next() << 16 | (long) next() << 24;
                skip(length);
            }
            case 'k' -> {
                int m = next();
                if (m <= 6) {
                    skipUntilNul();
                } else {
                    skip(next());
                }
            }
            case '*' -> {
                int x = next();
                int y = next();
                skip(8L * x * y);
            }
            case 'L', 'W', '$', '\\', 'P' -> skip(2);
            case ':' -> {
                // macro start/end: no parameter
            }
            default -> skip(1); // GS ! n, GS B n, GS H n, GS h n, GS w n, GS a n, GS r n, GS I n …
        }
    }

    private void dle() throws IOException {
        int command = next();
        switch (command) {
            case EOT -> {
                int n = next();
                if (n == 7 || n == 8) {
                    next();
                }
                out.write(printer.status(n));
                out.flush();
            }
            case 0x05 -> skip(1); // DLE ENQ n
            case 0x14 -> skip(3); // DLE DC4 fn a b
            default -> in.unread(command); // a lone DLE byte: what follows is read as it is
        }
    }

    private void fs(int command) throws IOException {
        switch (command) {
            case '(' -> {
                next();
                skip(word());
            }
            case 'p', 'S' -> skip(2);
            case '!', '-', 'C', 'W' -> skip(1);
            default -> {
                // FS & , FS . (Kanji mode on/off): no parameter
            }
        }
    }

    /** ESC & y c1 c2 then, for each character, its width x and y*x bytes. */
    private void userCharacters() throws IOException {
        int y = next();
        int first = next();
        int last = next();
        for (int c = first; c <= last; c++) {
            skip((long) y * next());
        }
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("stream ended inside a command");
        }
        return b;
    }

    /** A 16-bit parameter, low byte first (xL xH). */
    private int word() throws IOException {
        return next() | next() << 8;
    }

    private byte[] bytes(long count) throws IOException {
        byte[] data = in.readNBytes((int) count);
        if (data.length < count) {
            throw new EOFException("stream ended inside a picture");
        }
        return data;
    }

    private void skip(long count) throws IOException {
        for (long i = 0; i < count; i++) {
            next();
        }
    }

    private void skipUntilNul() throws IOException {
        while (next() != 0) {
            // skip
        }
    }
}
