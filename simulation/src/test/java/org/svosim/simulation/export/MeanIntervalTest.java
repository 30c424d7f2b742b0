package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeanIntervalTest {
    @Test
    void tenTwentyThirtyGiveMeanTwentySdTenAndStudentTInterval() {
        // mean = 60 / 3 = 20; sd = sqrt(((10-20)^2 + 0 + (30-20)^2) / (3 - 1)) = sqrt(100) = 10
        // half-width = t(0.975, df 2) * sd / sqrt(3) = 4.302653 * 10 / 1.732051 = 24.84138
        MeanInterval m = MeanInterval.of(List.of(10.0, 20.0, 30.0));
        assertThat(m.mean()).isEqualTo(20.0);
        assertThat(m.sd()).isCloseTo(10.0, within(1e-12));
        assertThat(m.ciLow()).isCloseTo(20 - 24.84138, within(1e-5));
        assertThat(m.ciHigh()).isCloseTo(20 + 24.84138, within(1e-5));
    }

    @Test
    void oneValueHasAMeanButNoSpreadOrInterval() {
        assertThat(MeanInterval.of(List.of(14.74))).isEqualTo(new MeanInterval(14.74, null, null, null));
    }

    @Test
    void noValueHasNothing() {
        assertThat(MeanInterval.of(List.of())).isEqualTo(new MeanInterval(null, null, null, null));
    }

    @Test
    void clippingKeepsABoundedQuantitysIntervalInsideItsBounds() {
        // values 0.9, 1.0, 1.0: mean 0.9667, sd 0.0577, half-width 4.302653 * 0.0577 / 1.732 = 0.1434
        MeanInterval m = MeanInterval.of(List.of(0.9, 1.0, 1.0)).clippedTo(0, 1);
        assertThat(m.ciHigh()).isEqualTo(1.0);
        assertThat(m.ciLow()).isCloseTo(0.96667 - 0.14342, within(1e-4));
        assertThat(m.mean()).isCloseTo(0.96667, within(1e-4));
    }
}
