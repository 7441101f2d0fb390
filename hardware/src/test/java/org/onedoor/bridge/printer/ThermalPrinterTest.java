package org.onedoor.bridge.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.ServerSocket;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.simulator.VirtualPrinter;
import org.onedoor.bridge.testing.ScriptedPrinter;
import org.onedoor.bridge.testing.TestEscPos;
import org.onedoor.bridge.transport.Endpoint;

/** A network printer (the virtual printer over TCP): paper checks, printing, the done list. */
class ThermalPrinterTest {

    @TempDir
    Path dir;

    VirtualPrinter virtual;
    DoneJobs done;
    ThermalPrinter printer;

    @BeforeEach
    void start() throws Exception {
        virtual = VirtualPrinter.start("127.0.0.1", 0, dir.resolve("out"), "OK");
        done = new DoneJobs(dir.resolve("state"));
        printer = new ThermalPrinter("ticket", Endpoint.parse("tcp:127.0.0.1:" + virtual.port(), 9600), true);
    }

    @AfterEach
    void stop() throws Exception {
        virtual.close();
        done.close();
    }

    @Test
    void printsTheTicketAndRecordsIt() throws Exception {
        ThermalPrinter.Result result = printer.print("job-1", TestEscPos.ticket(), done);

        assertThat(result.printed()).isTrue();
        assertThat(result.health()).isEqualTo(new PrinterHealth(true, "OK", null));
        assertThat(done.contains("job-1")).isTrue();
        assertThat(virtual.saved()).hasSize(1);
        BufferedImage png = ImageIO.read(virtual.saved().get(0).toFile());
        assertThat(png.getWidth()).isEqualTo(16);
        assertThat(png.getHeight()).isEqualTo(3);
        // row 0 is 10 04: dots 3 and 13 black; row 2 is FF 00: dots 0..7 black
        assertThat(black(png, 3, 0)).isTrue();
        assertThat(black(png, 13, 0)).isTrue();
        assertThat(black(png, 4, 0)).isFalse();
        assertThat(black(png, 5, 1)).isTrue();
        assertThat(black(png, 11, 1)).isTrue();
        assertThat(black(png, 7, 2)).isTrue();
        assertThat(black(png, 8, 2)).isFalse();
    }

    @Test
    void lowPaperStillPrints() throws Exception {
        virtual.paper("LOW");
        ThermalPrinter.Result result = printer.print("job-2", TestEscPos.ticket(), done);
        assertThat(result.printed()).isTrue();
        assertThat(result.health().paper()).isEqualTo("LOW");
        assertThat(printer.poll()).isEqualTo(new PrinterHealth(true, "LOW", null));
    }

    @Test
    void outOfPaperIsRefusedBeforeSending() throws Exception {
        virtual.paper("OUT");
        ThermalPrinter.Result result = printer.print("job-3", TestEscPos.ticket(), done);
        assertThat(result.printed()).isFalse();
        assertThat(result.reason()).isEqualTo("out of paper");
        assertThat(result.health()).isEqualTo(new PrinterHealth(true, "OUT", null));
        assertThat(done.contains("job-3")).isFalse();
    }

    @Test
    void aPrinterThatIsNotThereIsOffline() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        ThermalPrinter gone = new ThermalPrinter("ticket", Endpoint.parse("tcp:127.0.0.1:" + freePort, 9600), true);
        ThermalPrinter.Result result = gone.print("job-4", TestEscPos.ticket(), done);
        assertThat(result.printed()).isFalse();
        assertThat(result.reason()).isEqualTo("printer not answering");
        assertThat(result.health().online()).isFalse();
    }

    @Test
    void aPrinterThatAcceptsButNeverAnswersIsOffline() throws Exception {
        try (ServerSocket mute = new ServerSocket(0)) { // connections wait in its queue, unanswered
            ThermalPrinter silent = new ThermalPrinter("ticket", Endpoint.parse("tcp:127.0.0.1:" + mute.getLocalPort(), 9600), true);
            long start = System.nanoTime();
            assertThat(silent.poll()).isEqualTo(PrinterHealth.offline("printer not answering"));
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(1000L, 4000L);
        }
    }

    @Test
    void aPrinterThatStopsAnsweringAfterTheTicketHasNotPrintedIt() throws Exception {
        int ticket = TestEscPos.ticket().length;
        // it takes the bytes (the kernel's buffer would too) and then is silent, as if switched off
        try (ScriptedPrinter dying = ScriptedPrinter.start(talk -> {
            talk.answer();
            talk.ticket(ticket);
            talk.mute();
        })) {
            long start = System.nanoTime();
            ThermalPrinter.Result result = printerAt(dying).print("job-5", TestEscPos.ticket(), done);

            assertThat(result.printed()).isFalse();
            assertThat(result.reason()).isEqualTo("printer stopped answering while printing");
            assertThat(result.health()).isEqualTo(PrinterHealth.offline("printer not answering"));
            assertThat(done.contains("job-5")).as("recorded at the write: a resend never prints it twice").isTrue();
            // about three questions' time (4.5 s), not more: the kiosk is waiting
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(4000L, 8000L);
            assertThat(dying.failure()).isNull();
        }
    }

    @Test
    void aPrinterThatHangsUpAfterTheTicketAndIsGoneHasNotPrintedIt() throws Exception {
        int ticket = TestEscPos.ticket().length;
        try (ScriptedPrinter dying = ScriptedPrinter.start(talk -> {
            talk.answer();
            talk.ticket(ticket);
            // returns: hangs up, and no longer listens
        })) {
            ThermalPrinter.Result result = printerAt(dying).print("job-6", TestEscPos.ticket(), done);

            assertThat(result.printed()).isFalse();
            assertThat(result.reason()).isEqualTo("printer stopped answering while printing");
            assertThat(result.health().online()).isFalse();
            assertThat(done.contains("job-6")).as("recorded at the write: a resend never prints it twice").isTrue();
            assertThat(dying.failure()).isNull();
        }
    }

    @Test
    void aPrinterBusyWithTheTicketMayMissOneQuestion() throws Exception {
        int ticket = TestEscPos.ticket().length;
        try (ScriptedPrinter slow = ScriptedPrinter.start(talk -> {
            talk.answer();
            talk.ticket(ticket);
            talk.ignore();
            talk.answer();
        })) {
            ThermalPrinter.Result result = printerAt(slow).print("job-7", TestEscPos.ticket(), done);

            assertThat(result.printed()).isTrue();
            assertThat(result.health()).isEqualTo(new PrinterHealth(true, "OK", null));
            assertThat(done.contains("job-7")).isTrue();
            assertThat(slow.failure()).isNull();
        }
    }

    @Test
    void aPrinterThatHangsUpAfterTheTicketButAnswersANewConnectionHasPrintedIt() throws Exception {
        int ticket = TestEscPos.ticket().length;
        try (ScriptedPrinter oneJobPerConnection = ScriptedPrinter.start(talk -> {
            talk.answer();
            talk.ticket(ticket);
        }, talk -> talk.answer())) {
            ThermalPrinter.Result result = printerAt(oneJobPerConnection).print("job-8", TestEscPos.ticket(), done);

            assertThat(result.printed()).isTrue();
            assertThat(done.contains("job-8")).isTrue();
            assertThat(oneJobPerConnection.failure()).isNull();
        }
    }

    @Test
    void shouldReportAJobFailedWhenPaperRunsOutWhilePrinting() throws Exception {
        int ticket = TestEscPos.ticket().length;
        // paper fine before the ticket, out once it went through: the citizen got half a ticket
        try (ScriptedPrinter runsOut = ScriptedPrinter.start(talk -> {
            talk.answer();
            talk.ticket(ticket);
            talk.answerPaperOut();
        })) {
            ThermalPrinter.Result result = printerAt(runsOut).print("job-9", TestEscPos.ticket(), done);

            assertThat(result.printed()).isFalse();
            assertThat(result.reason()).isEqualTo("paper ran out while printing");
            assertThat(result.health()).isEqualTo(new PrinterHealth(true, "OUT", null));
            assertThat(done.contains("job-9")).as("recorded at the write: a resend never prints it twice").isTrue();
            assertThat(runsOut.failure()).isNull();
        }
    }

    private static ThermalPrinter printerAt(ScriptedPrinter scripted) {
        return new ThermalPrinter("ticket", Endpoint.parse(scripted.endpoint(), 9600), true);
    }

    private static boolean black(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xffffff) == 0;
    }
}
