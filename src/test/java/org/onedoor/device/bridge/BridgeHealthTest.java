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
        assertThat(health.ticketPrinter()).isEqualTo(PrinterState.PAPER_LOW);
        assertThat(BridgeHealth.read(JSON.readTree("{\"type\":\"Health\",\"printers\":[]}")).ticketPrinter())
                .as("a bridge without a printer says so").isNull();
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
