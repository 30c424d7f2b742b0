package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CircularSummaryTest {
    private static final double EPS = 1e-9;

    @Test
    void meanOfThreeFiftyAndTenIsZeroNotOneEighty() {
        // C = (cos 350 + cos 10) / 2 = cos 10 = 0.98481; S = (sin 350 + sin 10) / 2 = 0 -> atan2(0, C) = 0.
        // The arithmetic mean (180) points the opposite way.
        CircularSummary s = CircularSummary.of(new double[] {350, 10});

        assertThat(s.meanDegrees()).isCloseTo(0.0, within(EPS));
        assertThat(s.resultantLength()).isCloseTo(Math.cos(Math.toRadians(10)), within(EPS));
    }

    @Test
    void meanOfZeroAndNinetyIsFortyFiveWithResultantCosFortyFive() {
        // C = (1 + 0) / 2 = 0.5, S = (0 + 1) / 2 = 0.5 -> mean atan2(0.5, 0.5) = 45,
        // R = sqrt(0.25 + 0.25) = 0.70711 = cos 45.
        CircularSummary s = CircularSummary.of(new double[] {0, 90});

        assertThat(s.meanDegrees()).isCloseTo(45.0, within(EPS));
        assertThat(s.resultantLength()).isCloseTo(0.7071067811865476, within(EPS));
    }

    @Test
    void circularSdOfZeroAndNinetyIsSqrtLnTwoRadians() {
        // sd = sqrt(-2 ln R) with R = 1/sqrt(2): -2 ln(2^-1/2) = ln 2 -> sd = sqrt(0.693147) = 0.832555 rad
        // = 0.832555 * 180 / pi = 47.70187 degrees.
        CircularSummary s = CircularSummary.of(new double[] {0, 90});

        assertThat(s.sdDegrees()).isCloseTo(47.70187, within(1e-5));
    }

    @Test
    void identicalAnglesHaveResultantOneAndSdZero() {
        CircularSummary s = CircularSummary.of(new double[] {30.47, 30.47, 30.47});

        assertThat(s.meanDegrees()).isCloseTo(30.47, within(EPS));
        assertThat(s.resultantLength()).isEqualTo(1.0);
        assertThat(s.sdDegrees()).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void smallSpreadGivesAboutTheLinearStandardDeviation() {
        // For {-1, 1} degrees: R = cos 1 = 0.999848, sqrt(-2 ln R) = 0.01745374 rad = 1.0000254 degrees, while
        // the population sd of {-1, 1} is 1: for tight samples circular and linear sd agree.
        CircularSummary s = CircularSummary.of(new double[] {-1, 1});

        assertThat(s.sdDegrees()).isCloseTo(1.0000254, within(1e-6));
    }

    @Test
    void skewedSpreadSampleHasACircularMeanBelowItsArithmeticMean() {
        // {-16, -16, 61}: C = (2 cos 16 + cos 61) / 3 = (1.92252 + 0.48481) / 3 = 0.80244,
        // S = (-2 sin 16 + sin 61) / 3 = (-0.55127 + 0.87462) / 3 = 0.10778 -> atan2 = 7.650 degrees,
        // while the arithmetic mean is 29 / 3 = 9.667.
        CircularSummary s = CircularSummary.of(new double[] {-16, -16, 61});

        assertThat(s.meanDegrees()).isCloseTo(7.650, within(1e-3));
        assertThat(s.resultantLength()).isCloseTo(Math.hypot(0.80244, 0.10778), within(1e-4));
    }

    @Test
    void oppositeAnglesHaveNoMeanDirection() {
        // cos 0 + cos 180 = 0 and sin 0 + sin 180 = 0 (to 1e-16): R = 0, no direction.
        CircularSummary s = CircularSummary.of(new double[] {0, 180});

        assertThat(s.meanDegrees()).isNull();
        assertThat(s.sdDegrees()).isNull();
        assertThat(s.resultantLength()).isEqualTo(0.0);
        assertThat(CircularSummary.mean(new double[] {0, 180})).isNaN();
    }

    @Test
    void emptySampleHasNothingDefined() {
        assertThat(CircularSummary.of(new double[0])).isEqualTo(new CircularSummary(0, null, null, null));
    }

    @Test
    void wrapMapsAnglesIntoMinusOneEightyExclusiveToOneEightyInclusive() {
        assertThat(CircularSummary.wrap(350)).isCloseTo(-10, within(EPS));
        assertThat(CircularSummary.wrap(-180)).isEqualTo(180);
        assertThat(CircularSummary.wrap(540)).isEqualTo(180);
        assertThat(CircularSummary.wrap(-190)).isCloseTo(170, within(EPS));
        assertThat(CircularSummary.wrap(45)).isEqualTo(45);
    }

    @Test
    void nonFiniteAngleIsRejected() {
        assertThatThrownBy(() -> CircularSummary.of(new double[] {10, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
