package org.onedoor.floor;

/**
 * A ticket as events carry it: what a screen or a speaker needs, and no personal data.
 *
 * @param counter       the counter it is at or was sent to, if any
 * @param priority      the priority group's code, if any
 */
public record TicketRef(String id, String code, int number, String field, String state, Integer counter,
        String priority, int recallCount) {
}
