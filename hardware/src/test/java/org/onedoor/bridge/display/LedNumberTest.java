package org.onedoor.bridge.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LedNumberTest {

    @Test
    void theDigitsOfTheTicketAreTheNumber() {
        assertThat(LedNumber.of("1023", 4)).isEqualTo(1023);
        assertThat(LedNumber.of("A023", 4)).isEqualTo(23);
        assertThat(LedNumber.of("B-007", 4)).isEqualTo(7);
    }

    @Test
    void keepsTheLastDigitsTheBoardHas() {
        assertThat(LedNumber.of("12345", 4)).isEqualTo(2345);
        assertThat(LedNumber.of("12345", 5)).isEqualTo(12345);
    }

    @Test
    void aTextWithoutDigitsCannotBeShown() {
        assertThatThrownBy(() -> LedNumber.of("ABC", 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot show 'ABC'");
    }
}
