package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnglePointTest {

    @Test
    void nonFiniteAngleIsRejectedNamingTheField() {
        assertThatThrownBy(() -> new AnglePoint("b", "p", "prosocial", 45, 41.04, 48.96, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("angle").hasMessageContaining("NaN");
    }

    @Test
    void idealIntervalUpsideDownIsRejected() {
        assertThatThrownBy(() -> new AnglePoint("b", "p", "prosocial", 45, 48.96, 41.04, 44))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idealLow 48.96 > idealHigh 41.04");
    }

    @Test
    void blankValueLabelIsRejected() {
        assertThatThrownBy(() -> new AnglePoint("b", "p", " ", 45, 41.04, 48.96, 44))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valueLabel");
    }
}
