package org.onedoor.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CenterZoneTest {

    @Test
    void shouldFollowTheCentersOwnZoneWhenItChanges() {
        Center center = new Center();
        assertThat(center.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        center.timeZone = "Europe/Paris";
        assertThat(center.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        // 22:30 UTC is 05:30 the next day in Hanoi, 23:30 the same day in Paris
        Instant lateEvening = Instant.parse("2026-12-04T22:30:00Z");
        assertThat(center.serviceDay(lateEvening)).isEqualTo(LocalDate.of(2026, 12, 4));
        center.timeZone = "Asia/Ho_Chi_Minh";
        assertThat(center.serviceDay(lateEvening)).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void shouldRefuseAnUnknownZoneEveryTime() {
        Center center = new Center();
        center.timeZone = "Mars/Olympus";
        assertThatThrownBy(center::zone).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(center::zone).isInstanceOf(DateTimeException.class);
    }
}
