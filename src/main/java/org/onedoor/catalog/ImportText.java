package org.onedoor.catalog;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.onedoor.common.Problem;

/**
 * An import's bytes read as text, in the charset its Content-Type names (UTF-8 when it names
 * none), and refused when they are not that text. Read leniently, a file Excel saved in the
 * Windows code page had every Vietnamese letter stored as "�", names no one could read again.
 */
final class ImportText {

    private ImportText() {
    }

    static String decode(byte[] body, String contentType) {
        Charset charset = charsetOf(contentType);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            long line = lineAt(body, in.position());
            String name = charset.name();
            throw Problem.badRequest(CatalogProblems.class, w -> w.importNotText(name, line));
        }
        return out.flip().toString(); // each cell in one spelling: CatalogRows
    }

    private static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().toLowerCase(Locale.ROOT).equals("charset")) {
                String name = pair[1].trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw Problem.badRequest(CatalogProblems.class, w -> w.importCharsetUnknown(name));
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The line (from 1) the byte at {@code offset} is on, as a manager finds it in their editor. */
    private static long lineAt(byte[] body, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < body.length; i++) {
            if (body[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
