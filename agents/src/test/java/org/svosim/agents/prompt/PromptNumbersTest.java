package org.svosim.agents.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptNumbersTest {
    @Test
    void integralNumbersHaveNoDecimalPoint() {
        assertThat(PromptNumbers.plain(85.0)).isEqualTo("85");
        assertThat(PromptNumbers.plain(-45.0)).isEqualTo("-45");
        assertThat(PromptNumbers.plain(0.0)).isEqualTo("0");
    }

    @Test
    void fractionalNumbersKeepOnlyTheirDigits() {
        assertThat(PromptNumbers.plain(22.5)).isEqualTo("22.5");
        assertThat(PromptNumbers.plain(12.25)).isEqualTo("12.25");
    }

    @Test
    void weightsHaveThreeDecimalsAndNoNegativeZero() {
        assertThat(PromptNumbers.weight(Math.cos(Math.toRadians(30)))).isEqualTo("0.866");
        assertThat(PromptNumbers.weight(Math.sin(Math.toRadians(-45)))).isEqualTo("-0.707");
        assertThat(PromptNumbers.weight(-1e-17)).isEqualTo("0.000");
    }
}
