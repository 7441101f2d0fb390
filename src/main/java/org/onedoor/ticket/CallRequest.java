package org.onedoor.ticket;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Call one ticket by the code on the citizen's paper, e.g. one who came back after a no-show. A
 * blank code is refused once, by the pattern, not also as blank.
 */
public record CallRequest(
        @NotNull @Pattern(regexp = "[A-Z]{0,2}[0-9]{1,4}", message = "{onedoor.ticketCode}") String code) {
}
