package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LargeSampleTest {
    private static final int N = Bootstrap.MAX_RESAMPLED + 2000;

    @Test
    void aboveTheLimitTheMeanIntervalAgreesWithAPercentileBootstrapOfTheSameData() {
        double[] x = skewed(N, 1);
        Estimate normal = new Bootstrap(2000, 5).mean("vr", x);
        Estimate resampled = percentile(x, 11, (xs, r) -> mean(resample(xs, r)));

        double width = normal.high() - normal.low();
        assertThat(normal.low()).isCloseTo(resampled.low(), within(0.1 * width));
        assertThat(normal.high()).isCloseTo(resampled.high(), within(0.1 * width));
    }

    @Test
    void aboveTheLimitTheCircularIntervalAgreesWithAPercentileBootstrap() {
        SplittableRandom r = new SplittableRandom(3);
        double[] angles = new double[N];
        for (int i = 0; i < N; i++) {
            angles[i] = 30 + 20 * r.nextGaussian() + (r.nextInt(10) == 0 ? 40 : 0);
        }
        Estimate normal = new Bootstrap(2000, 5).circularMean("angle", angles);
        Estimate resampled = percentile(angles, 12, (xs, rr) -> CircularSummary.mean(resample(xs, rr)));

        double width = normal.high() - normal.low();
        assertThat(normal.value()).isCloseTo(CircularSummary.mean(angles), within(1e-9));
        assertThat(normal.low()).isCloseTo(resampled.low(), within(0.1 * width));
        assertThat(normal.high()).isCloseTo(resampled.high(), within(0.1 * width));
    }

    @Test
    void aboveTheLimitTheSlopeIntervalUsesARobustErrorThatMatchesThePairsBootstrap() {
        SplittableRandom r = new SplittableRandom(4);
        double[] x = new double[N];
        double[] y = new double[N];
        double[] targets = {-45, 0, 45, 90};
        for (int i = 0; i < N; i++) {
            x[i] = targets[i % 4];
            y[i] = 10 + 0.6 * x[i] + (1 + Math.abs(x[i]) / 10) * r.nextGaussian();
        }
        Estimate normal = new Bootstrap(2000, 5).slope("calibration", x, y);
        Estimate resampled = pairsPercentile(x, y, 13);

        double width = normal.high() - normal.low();
        assertThat(normal.value()).isCloseTo(LinearFit.slope(x, y), within(1e-12));
        assertThat(normal.low()).isCloseTo(resampled.low(), within(0.1 * width));
        assertThat(normal.high()).isCloseTo(resampled.high(), within(0.1 * width));
    }

    @Test
    void aLargeSampleIntervalIsTheSameOnEveryRunAndIndependentOfTheSeed() {
        double[] x = skewed(N, 2);

        assertThat(new Bootstrap(2000, 1).mean("a", x)).isEqualTo(new Bootstrap(500, 99).mean("b", x));
    }

    @Test
    void atTheLimitTheSampleIsStillResampled() {
        double[] x = skewed(Bootstrap.MAX_RESAMPLED, 2);

        assertThat(new Bootstrap(200, 1).mean("a", x)).isNotEqualTo(new Bootstrap(200, 2).mean("a", x));
    }

    @Test
    void aLargeSampleMeanIntervalStaysInsideTheData() {
        double[] hits = new double[N];
        hits[0] = 1;

        Estimate e = new Bootstrap(2000, 1).mean("hit", hits);

        assertThat(e.low()).isEqualTo(0.0);
        assertThat(e.high()).isGreaterThan(0.0);
    }

    private interface Statistic {
        double of(double[] x, SplittableRandom random);
    }

    private static Estimate percentile(double[] x, long seed, Statistic statistic) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] reps = new double[2000];
        for (int b = 0; b < reps.length; b++) {
            reps[b] = statistic.of(x, random);
        }
        Arrays.sort(reps);
        return new Estimate(null, reps[49], reps[1949]);
    }

    private static Estimate pairsPercentile(double[] x, double[] y, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] reps = new double[2000];
        double[] rx = new double[x.length];
        double[] ry = new double[y.length];
        for (int b = 0; b < reps.length; b++) {
            for (int i = 0; i < x.length; i++) {
                int k = random.nextInt(x.length);
                rx[i] = x[k];
                ry[i] = y[k];
            }
            reps[b] = LinearFit.slope(rx, ry);
        }
        Arrays.sort(reps);
        return new Estimate(null, reps[49], reps[1949]);
    }

    private static double[] skewed(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.min(1, Math.max(0, 1 - Math.abs(r.nextGaussian()) * 0.15));
        }
        return x;
    }

    private static double[] resample(double[] x, SplittableRandom r) {
        return Bootstrap.resample(x, r);
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }
}
