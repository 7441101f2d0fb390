package org.onedoor.device;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A device as the API shows it; {@code token} only once, in the answer to its pairing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceView(String id, DeviceKind kind, String name, Integer counter, Instant createdAt,
        Instant lastSeenAt, boolean revoked, String token) {
}
