package org.onedoor.ticket;

import jakarta.validation.constraints.Pattern;

/** Optionally, the procedure the officer actually handled. */
public record CompleteRequest(
        @Pattern(regexp = "[0-9A-Za-z._-]{1,32}", message = "must be a procedure code like 1.001193") String procedure) {
}
