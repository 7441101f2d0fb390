package org.onedoor.device;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A device to pair: a counter screen names its counter; a kiosk may name the bridge (by its
 * device id) whose printer prints its tickets.
 */
public record DeviceRequest(@NotNull DeviceKind kind, @NotBlank @Size(max = 100) String name, @Min(1) Integer counter,
        @Pattern(regexp = BRIDGE_ID, message = "{onedoor.bridgeId}") String printer) {

    /** A bridge named by its device id, here and in {@link KioskPrinter}. */
    static final String BRIDGE_ID = "[0-9]{1,18}";
}
