package org.onedoor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads printer bytes back with tools we did not write: npm's npos decodes the ESC/POS into a
 * picture (src/test/resources/print/escpos-to-pbm.js), tesseract reads its Vietnamese, zbarimg
 * its QR code. run-tests installs all three.
 */
public final class PaperReader {

    static final Path TOOLS = Path.of("target", "test-tools", "node_modules");

    /** @param decoded what npos made of the bytes (width, commands); text and qr as the tools read them */
    public record Paper(String decoded, String text, String qr) {
    }

    private PaperReader() {
    }

    /** Decodes {@code escpos}, keeping the bytes and the picture under {@code dir} as {@code name}.bin / .pbm. */
    public static Paper read(byte[] escpos, Path dir, String name) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path bin = dir.resolve(name + ".bin");
        Path pbm = dir.resolve(name + ".pbm");
        Files.write(bin, escpos);
        String decoded = run(dir, List.of("node", "src/test/resources/print/escpos-to-pbm.js", bin.toString(), pbm.toString()));
        // a ticket is one column of lines of very different sizes (psm 4); the automatic layout
        // analysis sometimes takes the huge code and the field above it for a picture
        String text = run(dir, List.of("tesseract", pbm.toString(), "stdout", "-l", "vie", "--psm", "4"));
        // zbarimg exits with 4 when the picture holds no code (a ticket printed during an outage)
        String qr = run(dir, List.of("zbarimg", "--raw", "-q", pbm.toString()), 4).strip();
        return new Paper(decoded, text, qr);
    }

    /** Runs a tool, with npos found under target/test-tools; fails with what it said on error. */
    private static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        return run(dir, command, 0);
    }

    private static String run(Path dir, List<String> command, int alsoFine) throws IOException, InterruptedException {
        Path errors = Files.createTempFile(dir, "tool", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().put("NODE_PATH", TOOLS.toAbsolutePath().toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + " said: " + Files.readString(errors)).isIn(0, alsoFine);
        return out;
    }
}
