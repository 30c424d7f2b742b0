package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class UnitScaleTest {

    @Test
    void viridisRunsFromDarkPurpleToYellowThroughItsMiddleStop() {
        assertThat(UnitScale.VIRIDIS.color(0)).isEqualTo(new Color(68, 1, 84));
        assertThat(UnitScale.VIRIDIS.color(0.5)).isEqualTo(new Color(33, 145, 140));
        assertThat(UnitScale.VIRIDIS.color(1)).isEqualTo(new Color(253, 231, 37));
    }

    @Test
    void valuesOutsideTheUnitIntervalAreClampedAndMissingOnesGrey() {
        assertThat(UnitScale.BLUES.color(-3)).isEqualTo(Color.WHITE);
        assertThat(UnitScale.BLUES.color(7)).isEqualTo(new Color(0, 114, 178));
        assertThat(UnitScale.BLUES.color(Double.NaN)).isEqualTo(UnitScale.MISSING);
    }

    @Test
    void textIsWhiteOnDarkCellsAndBlackOnLightOnes() {
        assertThat(UnitScale.VIRIDIS.textOn(0)).isEqualTo(Color.WHITE);
        assertThat(UnitScale.VIRIDIS.textOn(1)).isEqualTo(Color.BLACK);
        assertThat(UnitScale.BLUES.textOn(0)).isEqualTo(Color.BLACK);
        assertThat(UnitScale.BLUES.textOn(1)).isEqualTo(Color.WHITE);
    }
}
