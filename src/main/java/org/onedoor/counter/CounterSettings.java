package org.onedoor.counter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A counter as an admin defines it.
 *
 * @param fields the field codes it serves, primary first
 */
public record CounterSettings(@NotBlank @Size(max = 100) String label, @NotEmpty @Size(max = 20) List<String> fields) {
}
