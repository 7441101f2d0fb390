package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestDeadlineTest {

    @Test
    void shouldHoldKiosksAndCountersToTheDeadlineButNotAManagersLongWork() {
        assertThat(RequestDeadline.appliesTo("/api/kiosk/tickets")).isTrue();
        assertThat(RequestDeadline.appliesTo("/api/centers/demo/counters/1/call-next")).isTrue();
        assertThat(RequestDeadline.appliesTo("/api/centers/demo/kiosk")).isTrue();
        assertThat(RequestDeadline.appliesTo("/api/centers/reports/tickets")).as("a center named 'reports'").isTrue();

        assertThat(RequestDeadline.appliesTo("/api/reports")).isFalse();
        assertThat(RequestDeadline.appliesTo("/api/reports/xlsx")).isFalse();
        assertThat(RequestDeadline.appliesTo("/api/centers/demo/procedures/import")).isFalse();
        assertThat(RequestDeadline.appliesTo("/api/audit/csv")).isFalse();
    }
}
