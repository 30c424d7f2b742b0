package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    private static final double[] SAMPLE = {0.62, 0.71, 0.55, 0.90, 0.84, 0.47, 0.77, 0.69, 0.58, 0.81};

    @Test
    void sameSeedAndKeyGiveTheSameInterval() {
        Estimate first = new Bootstrap(2000, 42).mean("vr", SAMPLE);
        Estimate second = new Bootstrap(2000, 42).mean("vr", SAMPLE);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedOrKeyDrawsOtherResamples() {
        Estimate base = new Bootstrap(2000, 42).mean("vr", SAMPLE);

        assertThat(new Bootstrap(2000, 43).mean("vr", SAMPLE).low()).isNotEqualTo(base.low());
        assertThat(new Bootstrap(2000, 42).mean("other", SAMPLE).low()).isNotEqualTo(base.low());
    }

    @Test
    void intervalContainsTheSampleMean() {
        // mean of SAMPLE = 6.94 / 10 = 0.694
        Estimate e = new Bootstrap(2000, 7).mean("vr", SAMPLE);

        assertThat(e.value()).isCloseTo(0.694, within(1e-12));
        assertThat(e.low()).isLessThan(0.694);
        assertThat(e.high()).isGreaterThan(0.694);
        assertThat(e.low()).isGreaterThanOrEqualTo(0.47);
        assertThat(e.high()).isLessThanOrEqualTo(0.90);
    }

    @Test
    void intervalOfALargeNormalSampleMatchesTheNormalTheoryWidth() {
        // 400 draws of N(0, 1): the 95% interval of the mean is about +-1.96 * s / sqrt(400) = +-0.098 s.
        SplittableRandom random = new SplittableRandom(1);
        double[] x = IntStream.range(0, 400).mapToDouble(i -> random.nextGaussian()).toArray();
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / 399);

        Estimate e = new Bootstrap(4000, 3).mean("normal", x);

        double half = 1.96 * sd / Math.sqrt(400);
        assertThat(e.high() - e.low()).isCloseTo(2 * half, within(0.15 * 2 * half));
        assertThat((e.low() + e.high()) / 2).isCloseTo(mean, within(0.2 * half));
    }

    @Test
    void percentilesAreHyndmanFanTypeSeven() {
        // Replicates 0, 1, ..., 100: type 7 puts the p quantile at index p * (n - 1) = 100 p,
        // so 2.5% -> 2.5 and 97.5% -> 97.5.
        double[] reps = IntStream.rangeClosed(0, 100).asDoubleStream().toArray();

        Estimate e = Bootstrap.linear(50, reps);

        assertThat(e.value()).isEqualTo(50.0);
        assertThat(e.low()).isCloseTo(2.5, within(1e-12));
        assertThat(e.high()).isCloseTo(97.5, within(1e-12));
    }

    @Test
    void circularIntervalCrossesTheSeamWithoutJumping() {
        // Replicates 169.0, 169.2, ..., 189.0 degrees, stored wrapped (those above 180 as -191 + ...).
        // Deviations from 179 run -10 .. +10 in steps of 0.2: type 7 quantiles at index 2.5 and 97.5
        // give -9.5 and +9.5, so the interval is [169.5, 188.5], not one spanning the whole circle.
        double[] reps = IntStream.rangeClosed(0, 100).mapToDouble(k -> CircularSummary.wrap(169 + 0.2 * k)).toArray();

        Estimate e = Bootstrap.circular(179, reps);

        assertThat(e.low()).isCloseTo(169.5, within(1e-9));
        assertThat(e.high()).isCloseTo(188.5, within(1e-9));
    }

    @Test
    void circularMeanIntervalOfAnglesAroundZeroStraddlesZero() {
        double[] angles = {350, 355, 358, 2, 5, 10, 3, 357};

        Estimate e = new Bootstrap(2000, 5).circularMean("angle", angles);

        assertThat(e.value()).isBetween(-3.0, 3.0);
        assertThat(e.low()).isBetween(-10.0, 0.0);
        assertThat(e.high()).isBetween(0.0, 10.0);
    }

    @Test
    void constantSampleHasAZeroWidthInterval() {
        assertThat(new Bootstrap(500, 1).mean("c", new double[] {3, 3, 3})).isEqualTo(new Estimate(3.0, 3.0, 3.0));
    }

    @Test
    void tooSmallSamplesGetNoInterval() {
        Bootstrap b = new Bootstrap(500, 1);

        assertThat(b.mean("x", new double[] {0.5})).isEqualTo(Estimate.pointOnly(0.5));
        assertThat(b.mean("x", new double[0])).isEqualTo(Estimate.empty());
        Estimate single = b.circularMean("x", new double[] {30});
        assertThat(single.value()).isCloseTo(30.0, within(1e-9));
        assertThat(single.hasInterval()).isFalse();
        assertThat(b.meanDifference("x", new double[] {1, 2}, new double[] {3})).isEqualTo(Estimate.pointOnly(-1.5));
    }

    @Test
    void meanDifferenceIntervalContainsTheObservedDifference() {
        // a = 11, 12, 13 (mean 12); b = 1, 2, 3 (mean 2): difference 10; resampled means stay in [11, 13] and
        // [1, 3], so every replicate lies in [8, 12].
        Estimate e = new Bootstrap(2000, 9).meanDifference("d", new double[] {11, 12, 13}, new double[] {1, 2, 3});

        assertThat(e.value()).isEqualTo(10.0);
        assertThat(e.low()).isBetween(8.0, 10.0);
        assertThat(e.high()).isBetween(10.0, 12.0);
    }

    @Test
    void circularDifferenceIsTheShortWayRound() {
        // circular means 170 and -170: 170 - (-170) = 340, wrapped -20 (a lies 20 degrees clockwise of b).
        Estimate e = new Bootstrap(1000, 9).circularMeanDifference("d", new double[] {168, 172},
                new double[] {-172, -168});

        assertThat(e.value()).isCloseTo(-20.0, within(1e-9));
        assertThat(e.low()).isBetween(-25.0, -20.0);
        assertThat(e.high()).isBetween(-20.0, -15.0);
    }

    @Test
    void tooFewResamplesAreRejected() {
        assertThatThrownBy(() -> new Bootstrap(10, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 100").hasMessageContaining("10");
    }
}
