package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.ticket.QueueEstimator.FieldLoad;

class QueueEstimatorTest {

    private static final long HT = 1;
    private static final Instant NINE = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void shouldPutPriorityFirstUnderStrictAndArrivalOrderOtherwise() {
        Ticket a = ticket(1, 0, null);
        Ticket b = ticket(2, 60, 7L);
        Map<Long, FieldLoad> loads = Map.of(HT, new FieldLoad(10, 2, 3));

        QueueEstimator strict = new QueueEstimator(loads, List.of(a, b), true);
        QueueEstimator ratio = new QueueEstimator(loads, List.of(a, b), false);

        assertThat(strict.placeOf(b.id)).isEqualTo(new QueueEstimator.Place(1, 0, 0));
        assertThat(strict.placeOf(a.id)).isEqualTo(new QueueEstimator.Place(2, 1, 5));
        assertThat(ratio.placeOf(a.id).position()).isEqualTo(1);
        assertThat(ratio.estimateForNewTicket(HT)).isEqualTo(10);
    }

    @Test
    void shouldCountConfiguredCountersWhileNoneIsOpenAndOneWhenNoneServes() {
        assertThat(new QueueEstimator(Map.of(HT, new FieldLoad(12, 0, 3)), List.of(), true).place(3, HT, false)
                .estimatedWaitMinutes()).isEqualTo(12);
        assertThat(new QueueEstimator(Map.of(HT, new FieldLoad(12, 0, 0)), List.of(), true).place(3, HT, false)
                .estimatedWaitMinutes()).isEqualTo(36);
        assertThat(new QueueEstimator(Map.of(HT, new FieldLoad(12, 4, 4)), List.of(), true).place(3, HT, true)
                .estimatedWaitMinutes()).as("a ticket sent to one counter waits for that counter alone").isEqualTo(36);
    }

    private static Ticket ticket(int number, int secondsAfterNine, Long priorityGroup) {
        Ticket t = new Ticket();
        t.id = UUID.randomUUID();
        t.fieldId = HT;
        t.number = number;
        t.issuedAt = NINE.plusSeconds(secondsAfterNine);
        t.priorityGroupId = priorityGroup;
        t.state = TicketState.WAITING;
        return t;
    }
}
