package org.onedoor.bridge.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket the kiosk page asks to print while the server is out of reach: a number it was leased,
 * with the words to put around it. Everything is checked here, before anything is drawn, so a bad
 * request is told apart (400) from a printer problem (503).
 *
 * @param job   the job id, {@code offline:<center>:<day>:<code>}: kept in the done list with the
 *              server's jobs, so a page that sends it twice gets one ticket
 * @param lines extra lines under the time (the page's explanation), at most {@value #MAX_LINES}
 */
public record LocalTicket(String job, String centerName, String code, String field, String issuedAt, List<String> lines) {

    static final int MAX_TEXT = 200;
    static final int MAX_LINES = 4;
    /**
     * Local jobs live in their own name space: the server's jobs are UUIDs, so a local id can never
     * be taken for one of them and mark a real server job as printed.
     */
    static final String JOB_PREFIX = "offline:";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why a request body is not a ticket; the message is given back to the page. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    public static LocalTicket parse(byte[] body) throws Invalid {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Invalid("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Invalid("the body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw new Invalid("the body must be a JSON object");
        }
        String job = text(root, "job", true);
        if (!job.startsWith(JOB_PREFIX) || job.length() == JOB_PREFIX.length()) {
            throw new Invalid("job must start with '" + JOB_PREFIX + "'");
        }
        if (job.chars().anyMatch(Character::isISOControl)) {
            throw new Invalid("job must not hold control characters");
        }
        String code = text(root, "code", true);
        List<String> lines = new ArrayList<>();
        JsonNode given = root.path("lines");
        if (!given.isMissingNode() && !given.isNull()) {
            if (!given.isArray()) {
                throw new Invalid("lines must be a list of texts");
            }
            if (given.size() > MAX_LINES) {
                throw new Invalid("at most " + MAX_LINES + " lines");
            }
            for (JsonNode line : given) {
                if (!line.isTextual()) {
                    throw new Invalid("lines must be a list of texts");
                }
                lines.add(checked("lines", line.asText()));
            }
        }
        return new LocalTicket(job, text(root, "centerName", false), code, text(root, "field", false),
                text(root, "issuedAt", false), List.copyOf(lines));
    }

    /** A text field: null when absent and not required. */
    private static String text(JsonNode root, String name, boolean required) throws Invalid {
        JsonNode node = root.path(name);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw new Invalid(name + " is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new Invalid(name + " must be a text");
        }
        String value = checked(name, node.asText().strip());
        if (required && value.isEmpty()) {
            throw new Invalid(name + " is required");
        }
        return value.isEmpty() ? null : value;
    }

    private static String checked(String name, String value) throws Invalid {
        if (value.length() > MAX_TEXT) {
            throw new Invalid(name + " is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }
}
