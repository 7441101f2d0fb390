package org.onedoor.device;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a device learns about itself from its token alone, so a screen is set up with one token:
 * its center (which floor socket to open), for a counter screen its counter, for a kiosk the
 * state of its printer (see {@code DeviceService#printerOfKiosk}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceSelf(String id, DeviceKind kind, String name, String center, String centerName,
        Integer counter, String printer) {
}
