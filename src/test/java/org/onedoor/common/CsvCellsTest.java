package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void shouldTurnWhatASpreadsheetWouldRunIntoText() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.safe("+84 912")).isEqualTo("'+84 912");
        assertThat(CsvCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void shouldLeaveNumbersPlainTextAndNothingAlone() {
        assertThat(CsvCells.safe(-3)).isEqualTo(-3);
        assertThat(CsvCells.safe(2.5)).isEqualTo(2.5);
        assertThat(CsvCells.safe("Hộ tịch = khai sinh")).isEqualTo("Hộ tịch = khai sinh");
        assertThat(CsvCells.safe("")).isEqualTo("");
        assertThat(CsvCells.safe(null)).isEqualTo("");
    }
}
