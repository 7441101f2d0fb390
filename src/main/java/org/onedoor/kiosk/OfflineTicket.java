package org.onedoor.kiosk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.onedoor.floor.voice.VoicePacks;
import org.onedoor.ticket.IssueRequest;

/**
 * A ticket a kiosk issued from its leased numbers while the server was out of reach, handed back
 * when it returns.
 *
 * @param field    the field's code
 * @param number   the leased number it gave the citizen
 * @param issuedAt when, by the kiosk's clock (kept in step with the server's while it was online)
 * @param language the language the citizen chose
 * @param priority the priority group's code, if the citizen chose one
 * @param requestId the id of the online request the kiosk gave up on before it gave this number,
 *                  so a ticket that request wrote after all is not left waiting for nobody
 */
public record OfflineTicket(
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,16}", message = "{onedoor.field}") String field,
        @Min(1) @Max(9999) int number,
        @NotNull Instant issuedAt,
        @Pattern(regexp = VoicePacks.LANGUAGE_TAG, message = "{onedoor.language}") String language,
        @Pattern(regexp = "[A-Z0-9_]{1,32}", message = "{onedoor.priority}") String priority,
        @Pattern(regexp = IssueRequest.REQUEST_ID, message = "{onedoor.requestId}") String requestId) {
}
