package org.onedoor.ticket;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Where to send a ticket: another field, one counter, or both (that counter, under that field). */
public record TransferRequest(
        @Pattern(regexp = "[A-Z0-9_]{1,16}", message = "{onedoor.field}") String field,
        @Min(1) Integer counter) {
}
