package org.onedoor.device;

/**
 * What a device learns about itself from its token alone, so a screen is set up with one token:
 * its center (which floor socket to open) and, for a counter screen, its counter.
 */
public record DeviceSelf(String id, DeviceKind kind, String name, String center, String centerName,
        Integer counter) {
}
