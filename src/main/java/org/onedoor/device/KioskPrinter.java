package org.onedoor.device;

import jakarta.validation.constraints.Pattern;

/**
 * The bridge (by its device id) whose printer prints a kiosk's tickets; null for none, and the
 * kiosk shows the number on its screen only.
 */
public record KioskPrinter(@Pattern(regexp = "[0-9]{1,18}", message = "{onedoor.bridgeId}") String printer) {
}
