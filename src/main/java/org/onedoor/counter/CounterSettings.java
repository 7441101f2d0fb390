package org.onedoor.counter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A counter as an admin defines it.
 *
 * @param fields         the field codes it serves, primary first
 * @param displayAddress where the hardware bridge finds its LED number display, if it has one
 *                       on its bus ("modbus:3", "vendor:12") or over TCP ("tcp:10.0.0.7:4001"); the
 *                       bridge's own configuration says which serial port a bus is on; left out, the
 *                       counter keeps the one it has (a rename must not darken its board); "" removes it
 */
public record CounterSettings(@NotBlank @Size(max = 100) String label, @NotEmpty @Size(max = 20) List<String> fields,
        @Size(max = 40) @Pattern(regexp = "\\s*((?i)(modbus|vendor):[0-9]{1,3}|tcp:[A-Za-z0-9.-]{1,30}:[0-9]{1,5})?\\s*",
                message = "{onedoor.displayAddress}") String displayAddress) {
}
