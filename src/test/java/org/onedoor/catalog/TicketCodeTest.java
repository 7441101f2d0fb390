package org.onedoor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketCodeTest {

    private static Field withPrefix(String prefix) {
        Field f = new Field();
        f.prefix = prefix;
        return f;
    }

    @Test
    void shouldPadAPrefixedNumberToThreeDigits() {
        Field civilStatus = withPrefix("A");
        assertThat(civilStatus.ticketCode(1)).isEqualTo("A001");
        assertThat(civilStatus.ticketCode(23)).isEqualTo("A023");
        assertThat(civilStatus.ticketCode(999)).isEqualTo("A999");
    }

    @Test
    void shouldKeepEveryDigitOfANumberPastThreeDigits() {
        assertThat(withPrefix("B").ticketCode(1234)).isEqualTo("B1234");
    }

    @Test
    void shouldAddTheNumberToItsThousandsBlock() {
        Field land = new Field();
        land.numberBlock = 2;
        assertThat(land.ticketCode(7)).isEqualTo("2007");
        assertThat(land.ticketCode(999)).isEqualTo("2999");
    }
}
