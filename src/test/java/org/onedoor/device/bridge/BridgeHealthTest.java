package org.onedoor.device.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.onedoor.device.PrinterState;

class BridgeHealthTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldTakeTheReportABridgeSends() throws Exception {
        BridgeHealth health = BridgeHealth.read(JSON.readTree("""
                {"type":"Health","printers":[{"name":"ticket","online":true,"paper":"LOW","error":null}],
                 "displays":[{"name":"modbus","online":true,"error":null}]}"""));
        assertThat(health.ticketPrinter("ticket")).isEqualTo(PrinterState.PAPER_LOW);
        assertThat(BridgeHealth.read(JSON.readTree("{\"type\":\"Health\",\"printers\":[]}")).ticketPrinter("ticket"))
                .as("a bridge without a printer says so").isNull();
    }

    /** Kiosks are told of the printer their tickets go to, wherever the bridge lists it. */
    @Test
    void shouldReportThePrinterTicketsGoToNotTheFirstListed() throws Exception {
        BridgeHealth health = BridgeHealth.read(JSON.readTree("""
                {"type":"Health","printers":[{"name":"receipt","online":true,"paper":"OK","error":null},
                  {"name":"ticket","online":true,"paper":"OUT","error":null}],"displays":[]}"""));
        assertThat(health.ticketPrinter("ticket")).isEqualTo(PrinterState.OUT_OF_PAPER);
        assertThat(health.ticketPrinter("receipt")).isEqualTo(PrinterState.READY);
        assertThat(health.ticketPrinter("gone")).as("a name not reported: the first printer").isEqualTo(PrinterState.READY);
    }

    @Test
    void shouldIgnoreAFrameThatIsNotAReportSoNoKioskIsToldItsPrinterIsBroken() throws Exception {
        for (String frame : new String[] {
            "{\"type\":\"Health\"}",
            "{\"type\":\"Health\",\"printers\":\"x\",\"displays\":7}",
            "{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":\"maybe\"}]}",
            "{\"type\":\"Health\",\"printers\":[{\"name\":{},\"online\":true,\"paper\":\"OUT\"}]}",
            "{\"type\":\"Health\",\"printers\":[{\"online\":false}]}",
            "{\"type\":\"Health\",\"printers\":[7]}",
        }) {
            assertThat(BridgeHealth.read(JSON.readTree(frame))).as(frame).isNull();
        }
    }
}
