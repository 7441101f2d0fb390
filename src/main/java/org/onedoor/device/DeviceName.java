package org.onedoor.device;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A device's new name, under the rules of its name at pairing ({@link DeviceRequest}). */
public record DeviceName(@NotBlank @Size(max = 100) String name) {
}
