package org.onedoor.device;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A device to pair: a counter screen names its counter. */
public record DeviceRequest(@NotNull DeviceKind kind, @NotBlank @Size(max = 100) String name, @Min(1) Integer counter) {
}
