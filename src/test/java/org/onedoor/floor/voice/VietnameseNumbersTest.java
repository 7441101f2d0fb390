package org.onedoor.floor.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "0, không", "1, một", "5, năm", "10, mười", "11, mười một", "14, mười bốn", "15, mười lăm",
        "20, hai mươi", "21, hai mươi mốt", "24, hai mươi tư", "25, hai mươi lăm", "99, chín mươi chín",
        "100, một trăm", "101, một trăm linh một", "105, một trăm linh năm", "110, một trăm mười",
        "115, một trăm mười lăm", "124, một trăm hai mươi tư", "1000, một nghìn",
        "1005, một nghìn không trăm linh năm", "1010, một nghìn không trăm mười",
        "1023, một nghìn không trăm hai mươi ba", "1100, một nghìn một trăm", "9999, chín nghìn chín trăm chín mươi chín"
    })
    void shouldSayNumbersAsVietnameseWords(int number, String spoken) {
        assertThat(String.join(" ", VietnameseNumbers.words(number))).isEqualTo(spoken);
    }

    @Test
    void shouldRefuseNumbersNoTicketHas() {
        assertThatThrownBy(() -> VietnameseNumbers.words(10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAnnounceACallWordByWordAfterAChime() {
        assertThat(Announcement.forCall("A023", 3)).containsExactly("_chime", "xin", "mời", "công", "dân", "có", "số",
                "a", "hai", "mươi", "ba", "đến", "quầy", "số", "ba");
        assertThat(String.join(" ", Announcement.forCall("1005", 12)))
                .endsWith("số một nghìn không trăm linh năm đến quầy số mười hai");
    }
}
