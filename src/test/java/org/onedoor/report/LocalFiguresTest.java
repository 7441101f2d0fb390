package org.onedoor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalFiguresTest {

    @Test
    void shouldWriteMinutesWithTheDecimalCommaInVietnameseAndThePointInEnglish() {
        assertThat(LocalFigures.local(4.25, Locale.forLanguageTag("vi"))).isEqualTo("4,25");
        assertThat(LocalFigures.local(4.25, Locale.ENGLISH)).isEqualTo("4.25");
        assertThat(LocalFigures.local(9.956, null)).as("no locale: the Vietnamese page's").isEqualTo("9,96");
        assertThat(LocalFigures.local(12, Locale.ENGLISH)).isEqualTo("12");
    }
}
