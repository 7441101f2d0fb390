package org.onedoor.ticket;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.onedoor.floor.voice.VoicePacks;

/**
 * A request for a ticket. Give the field, or a procedure (its field is then taken from the
 * catalogue), or both when they agree.
 *
 * @param priority a priority group code, when the citizen belongs to one
 * @param language the language the citizen chose (for voice and the tracking page)
 * @param channel  GUIDE_DESK, APPOINTMENT or API; by default GUIDE_DESK for a GUIDE, else API
 * @param requestId an id the client chose for this request, if it wants one: a second request with it
 *                 is refused (409), and a kiosk's offline ticket handed back with it replaces the
 *                 ticket (see TicketIssuer#handBackWithin)
 */
public record IssueRequest(
        @Pattern(regexp = "[A-Z0-9_]{1,16}", message = "{onedoor.field}") String field,
        @Pattern(regexp = "[0-9A-Za-z._-]{1,32}", message = "{onedoor.procedure}") String procedure,
        @Pattern(regexp = "[A-Z0-9_]{1,32}", message = "{onedoor.priority}") String priority,
        @Pattern(regexp = VoicePacks.LANGUAGE_TAG, message = "{onedoor.language}") String language,
        Channel channel,
        @Size(max = 200) String note,
        @Pattern(regexp = REQUEST_ID, message = "{onedoor.requestId}") String requestId) {

    /** What a request id may be: a UUID or any random token a kiosk makes. */
    public static final String REQUEST_ID = "[A-Za-z0-9_-]{8,64}";
}
