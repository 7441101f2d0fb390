package org.onedoor.ticket;

import jakarta.validation.constraints.Pattern;

/** Optionally, the procedure the officer actually handled. */
public record CompleteRequest(
        @Pattern(regexp = "[0-9A-Za-z._-]{1,32}", message = "{onedoor.procedure}") String procedure) {
}
