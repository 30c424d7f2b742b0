package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.svosim.agents.parse.ParseMethod;

class CsvCellsTest {
    @Test
    void numbersArePlainShortestDecimalsWithAPointInAnyLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(CsvCells.number(20.0)).isEqualTo("20");
            assertThat(CsvCells.number(-4.841377118437524)).isEqualTo("-4.841377118437524");
            assertThat(CsvCells.number(0.0001)).isEqualTo("0.0001");
            assertThat(CsvCells.number(1234567.5)).isEqualTo("1234567.5");
            assertThat(CsvCells.number(-0.0)).isEqualTo("0");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingAndUndefinedValuesAreEmptyCells() {
        assertThat(CsvCells.number(null)).isNull();
        assertThat(CsvCells.number(Double.NaN)).isNull();
        assertThat(CsvCells.integer(null)).isNull();
        assertThat(CsvCells.flag(null)).isNull();
    }

    @Test
    void flagsEnumsAndTimesUseTheDatabaseForms() {
        assertThat(CsvCells.flag(true)).isEqualTo("1");
        assertThat(CsvCells.flag(false)).isEqualTo("0");
        assertThat(CsvCells.label(ParseMethod.EXTRACTOR)).isEqualTo("extractor");
        assertThat(CsvCells.time(Instant.parse("2026-11-02T09:15:00Z"))).isEqualTo("2026-11-02T09:15:00.000Z");
    }
}
