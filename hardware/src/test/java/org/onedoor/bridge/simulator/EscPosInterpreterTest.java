package org.onedoor.bridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.bridge.testing.TestEscPos;

class EscPosInterpreterTest {

    private final List<byte[]> bands = new ArrayList<>();
    private final List<Integer> statusQuestions = new ArrayList<>();
    private int cuts;

    private byte[] run(byte[] stream) throws Exception {
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        new EscPosInterpreter(new ByteArrayInputStream(stream), answers, new EscPosInterpreter.Printer() {
            @Override
            public void raster(int widthBytes, int rows, byte[] dots) {
                bands.add(dots);
            }

            @Override
            public void cut() {
                cuts++;
            }

            @Override
            public int status(int n) {
                statusQuestions.add(n);
                return n == 4 ? 0x72 : 0x12;
            }
        }).run();
        return answers.toByteArray();
    }

    @Test
    void pictureBytesAreNeverTakenForCommands() throws Exception {
        byte[] answers = run(TestEscPos.ticket());
        assertThat(answers).isEmpty(); // the 10 04 04 inside the picture is data, not a question
        assertThat(bands).hasSize(1);
        assertThat(bands.get(0)).containsExactly(TestEscPos.PICTURE);
        assertThat(cuts).isEqualTo(1);
    }

    @Test
    void answersStatusQuestionsInOrder() throws Exception {
        byte[] answers = run(new byte[] {0x10, 0x04, 0x04, 0x10, 0x04, 0x01, 0x10, 0x04, 0x02});
        assertThat(answers).containsExactly(0x72, 0x12, 0x12);
        assertThat(statusQuestions).containsExactly(4, 1, 2);
    }

    @Test
    void skipsOtherCommandsByTheirLength() throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(new byte[] {0x1b, 0x40, 0x1b, 0x61, 0x01, 0x1b, 0x21, 0x10});        // init, align, print mode
        stream.writeBytes("Hello\n".getBytes());
        // a QR code block (GS ( k, 2-byte length) whose data holds 10 04 04 and GS V
        stream.writeBytes(new byte[] {0x1d, 0x28, 0x6b, 0x06, 0x00, 0x31, 0x50, 0x10, 0x04, 0x04, 0x1d});
        stream.writeBytes(new byte[] {0x1d, 0x6b, 0x49, 0x03, 0x10, 0x04, 0x04});              // CODE128 barcode, n = 3
        stream.writeBytes(new byte[] {0x1b, 0x64, 0x04});                                        // feed 4 lines
        stream.writeBytes(new byte[] {0x10, 0x04, 0x04});                                        // the one real question
        stream.writeBytes(new byte[] {0x1d, 0x56, 0x01});                                        // partial cut without n
        byte[] answers = run(stream.toByteArray());
        assertThat(answers).containsExactly(0x72);
        assertThat(cuts).isEqualTo(1);
    }
}
