package org.onedoor.counter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A counter as an admin defines it.
 *
 * @param fields         the field codes it serves, primary first
 * @param displayAddress where the hardware bridge finds its LED number display, if it has one
 *                       ("modbus:3", "serial:/dev/ttyUSB0")
 */
public record CounterSettings(@NotBlank @Size(max = 100) String label, @NotEmpty @Size(max = 20) List<String> fields,
        @Size(max = 40) String displayAddress) {
}
