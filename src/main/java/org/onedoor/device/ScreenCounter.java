package org.onedoor.device;

import jakarta.validation.constraints.NotNull;

/** The counter a counter screen stands at, by its number. */
public record ScreenCounter(@NotNull Integer counter) {
}
