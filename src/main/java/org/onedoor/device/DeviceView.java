package org.onedoor.device;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * A device as the API shows it; {@code token} only once, in the answer to its pairing.
 *
 * @param online  whether the device is connected now (on any node: seen within the last minutes, see
 *                {@link DeviceSightings})
 * @param printer for a bridge, what it last said of its ticket printer (READY, PAPER_LOW, OUT_OF_PAPER,
 *                OFFLINE, ERROR)
 * @param health  for a bridge, its last health report: {@code {"printers":[{"name","online","paper","error"}],
 *                "displays":[{"name","online","error"}]}}; neither for a revoked bridge, whose reports
 *                are over
 * @param printerBridge for a kiosk, the id of the bridge whose printer prints its tickets
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceView(String id, DeviceKind kind, String name, Integer counter, Instant createdAt,
        Instant lastSeenAt, boolean online, boolean revoked, String token, PrinterState printer,
        @JsonRawValue String health, String printerBridge) {

    /** The same device without its token. */
    public DeviceView withoutToken() {
        return new DeviceView(id, kind, name, counter, createdAt, lastSeenAt, online, revoked, null, printer, health,
                printerBridge);
    }
}
