package org.onedoor.device;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A device as the API shows it; {@code token} only once, in the answer to its pairing.
 *
 * @param printer for a bridge, what it last said of its printer (READY, OUT_OF_PAPER, OFFLINE, ERROR)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceView(String id, DeviceKind kind, String name, Integer counter, Instant createdAt,
        Instant lastSeenAt, boolean revoked, String token, PrinterState printer) {

    /** The same device without its token. */
    public DeviceView withoutToken() {
        return new DeviceView(id, kind, name, counter, createdAt, lastSeenAt, revoked, null, printer);
    }
}
