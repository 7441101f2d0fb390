package org.onedoor.testing.fuzz;

import java.util.List;

/**
 * The real things of the fuzzed center, so requests reach validation with ids that exist as well
 * as with bogus ones, and the credentials that get each kind of caller past sign-in.
 */
public record FuzzTargets(String center, int counter, List<String> tickets, String trackingToken, String field,
        String priorityGroup, String device, String adminAuth, String kioskToken, String counterScreenToken,
        String bridgeToken) {

    /** The value of a path parameter that names something real, chosen by its name and the path. */
    public String real(String param, String path, java.util.Random random) {
        return switch (param) {
            case "center" -> center;
            case "counter" -> String.valueOf(counter);
            case "id" -> path.startsWith("/api/devices") ? device : tickets.get(random.nextInt(tickets.size()));
            case "token" -> trackingToken;
            case "code" -> path.contains("priority-groups") ? priorityGroup : field;
            case "language" -> "vi";
            case "file" -> "m%E1%BB%9Di.ogg"; // mời.ogg, percent-encoded as a browser sends it
            default -> "x";
        };
    }
}
