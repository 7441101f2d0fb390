package org.onedoor.floor.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTimesTest {

    // 2026-12-07 is a Monday
    @ParameterizedTest
    @CsvSource({
        "2026-12-08T07:30, bảy giờ ba mươi phút thứ ba",
        "2026-12-07T07:00, bảy giờ thứ hai",
        "2026-12-09T07:05, bảy giờ năm phút thứ tư",
        "2026-12-10T13:15, mười ba giờ mười lăm phút thứ năm",
        "2026-12-11T08:45, tám giờ bốn mươi lăm phút thứ sáu",
        "2026-12-12T00:00, không giờ thứ bảy",
        "2026-12-13T14:00, mười bốn giờ chủ nhật",
    })
    void shouldSayWhenTheCenterOpensAgainAsVietnameseWords(String at, String spoken) {
        assertThat(String.join(" ", VietnameseTimes.words(LocalDateTime.parse(at)))).isEqualTo(spoken);
    }

    /** After Tết, "thứ hai" alone would name a Monday inside the holiday: from a week on, the date follows. */
    @ParameterizedTest
    @CsvSource({
        "2027-02-15T07:00, 2027-02-05, bảy giờ thứ hai ngày mười lăm tháng hai",
        "2027-02-11T07:00, 2027-02-05, bảy giờ thứ năm",
        "2027-05-04T07:30, 2027-04-27, bảy giờ ba mươi phút thứ ba ngày bốn tháng năm",
        "2027-04-21T07:00, 2027-04-01, bảy giờ thứ tư ngày hai mươi mốt tháng tư",
    })
    void shouldSayTheDateOfAnOpeningAWeekOrMoreAway(String at, String today, String spoken) {
        assertThat(String.join(" ", VietnameseTimes.words(LocalDateTime.parse(at), java.time.LocalDate.parse(today)))).isEqualTo(spoken);
    }
}
