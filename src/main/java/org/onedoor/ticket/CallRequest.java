package org.onedoor.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Call one ticket by the code on the citizen's paper, e.g. one who came back after a no-show. */
public record CallRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{0,2}[0-9]{1,4}", message = "{onedoor.ticketCode}") String code) {
}
