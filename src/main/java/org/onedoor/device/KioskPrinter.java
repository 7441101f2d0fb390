package org.onedoor.device;

import jakarta.validation.constraints.Pattern;

/**
 * The bridge (by its device id) whose printer prints a kiosk's tickets; null for none, and the
 * kiosk shows the number on its screen only.
 */
public record KioskPrinter(@Pattern(regexp = DeviceRequest.BRIDGE_ID, message = "{onedoor.bridgeId}") String printer) {
}
