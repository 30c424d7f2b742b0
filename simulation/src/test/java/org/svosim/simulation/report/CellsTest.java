package org.svosim.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How numbers look in the report's tables. */
class CellsTest {

    @Test
    void decimalsUseAPointWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Cells.fixed(1234.5678, 2)).isEqualTo("1234.57");
            assertThat(Cells.grouped(1_007_690)).isEqualTo("1,007,690");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void negativeZeroAfterRoundingShowsAsZero() {
        assertThat(Cells.fixed(-0.0004, 2)).isEqualTo("0.00");
        assertThat(Cells.fixed(-0.006, 2)).isEqualTo("-0.01");
    }

    @Test
    void undefinedValuesStayEmpty() {
        assertThat(Cells.fixed(null, 2)).isNull();
        assertThat(Cells.fixed(Double.NaN, 2)).isNull();
        assertThat(Cells.interval(1.0, null, 2)).isNull();
        assertThat(Cells.percent(null)).isNull();
    }

    @Test
    void intervalsAndSharesReadAsTheyArePrinted() {
        assertThat(Cells.interval(41.0385, 48.9615, 2)).isEqualTo("[41.04, 48.96]");
        assertThat(Cells.percent(0.125)).isEqualTo("12.5%");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertThat(Cells.shortened("abcdef", 4)).isEqualTo("abc\u2026");
        assertThat(Cells.shortened("abc", 4)).isEqualTo("abc");
    }
}
