package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearFitTest {
    private static final double EPS = 1e-12;

    @Test
    void threePointsGiveTheHandWorkedLine() {
        // x = 0, 1, 2; y = 1, 3, 4. mean x = 1, mean y = 8/3.
        // Sxy = (-1)(1 - 8/3) + 0 + (1)(4 - 8/3) = 5/3 + 4/3 = 3; Sxx = 1 + 0 + 1 = 2 -> slope = 3/2.
        // intercept = 8/3 - 3/2 * 1 = 7/6. Fitted 7/6, 8/3, 25/6; residuals -1/6, 1/3, -1/6 -> SSE = 1/6.
        // SST = (5/3)^2 + (1/3)^2 + (4/3)^2 = 42/9 = 14/3 -> R^2 = 1 - (1/6)/(14/3) = 1 - 1/28 = 27/28.
        LinearFit fit = LinearFit.of(new double[] {0, 1, 2}, new double[] {1, 3, 4});

        assertThat(fit.slope()).isCloseTo(1.5, within(EPS));
        assertThat(fit.intercept()).isCloseTo(7.0 / 6, within(EPS));
        assertThat(fit.rSquared()).isCloseTo(27.0 / 28, within(EPS));
        assertThat(fit.n()).isEqualTo(3);
        assertThat(fit.predict(4)).isCloseTo(7.0 / 6 + 6, within(EPS));
    }

    @Test
    void pointsOnALineFitItExactlyWithRSquaredOne() {
        // measured = 10 + 0.5 * target: a backend that halves every target and adds 10 degrees.
        LinearFit fit = LinearFit.of(new double[] {-45, 0, 45, 90}, new double[] {-12.5, 10, 32.5, 55});

        assertThat(fit.slope()).isCloseTo(0.5, within(EPS));
        assertThat(fit.intercept()).isCloseTo(10, within(EPS));
        assertThat(fit.rSquared()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void constantResponseHasSlopeZeroAndNoRSquared() {
        LinearFit fit = LinearFit.of(new double[] {-45, 45, 90}, new double[] {25, 25, 25});

        assertThat(fit.slope()).isEqualTo(0.0);
        assertThat(fit.intercept()).isEqualTo(25.0);
        assertThat(fit.rSquared()).isNull();
    }

    @Test
    void aSingleDistinctXIsRejectedWithTheValueNamed() {
        assertThatThrownBy(() -> LinearFit.of(new double[] {45, 45}, new double[] {30, 40}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 distinct x")
                .hasMessageContaining("45");
        assertThat(LinearFit.slope(new double[] {45, 45}, new double[] {30, 40})).isNaN();
    }

    @Test
    void unpairedInputIsRejected() {
        assertThatThrownBy(() -> LinearFit.of(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 x and 1 y");
    }
}
