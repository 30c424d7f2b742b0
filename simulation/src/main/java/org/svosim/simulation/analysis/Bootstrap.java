package org.svosim.simulation.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;
import org.svosim.simulation.plan.TrialSeeds;

/**
 * Seeded nonparametric bootstrap with 95% percentile intervals (Efron &amp; Tibshirani 1993, ch. 13).
 * Each estimate draws {@code resamples} samples of the data's size with replacement and takes the
 * 2.5% and 97.5% quantiles (Hyndman-Fan type 7, R's default, via Commons Statistics) of the
 * replicated statistic. Every estimate gets its own generator, seeded from the analysis seed and the
 * estimate's key ({@link TrialSeeds#derive}), so an interval depends only on its data, the seed and
 * its key, never on what else was estimated before it. Circular statistics take the quantiles of
 * the replicates' signed deviations from the observed value (wrapped into (-180, 180]) and add them
 * back, so an interval around 0 degrees never jumps across the 180 degree seam. A sample of more
 * than {@link #MAX_RESAMPLED} values is not resampled: its estimate gets the large-sample normal
 * interval of {@link LargeSample} instead (the same for a difference when either sample is that large).
 */
public final class Bootstrap {
    /** Coverage of the intervals. */
    public static final double LEVEL = 0.95;
    /** Smallest sample (per group) that gets an interval. */
    public static final int MIN_SAMPLE = 2;
    /** Default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 2000;
    /** Largest sample that is resampled; larger samples get a large-sample normal interval. */
    public static final int MAX_RESAMPLED = 10_000;

    private static final Quantile QUANTILE = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);
    private static final double[] PROBABILITIES = {(1 - LEVEL) / 2, 1 - (1 - LEVEL) / 2};

    private final int resamples;
    private final long seed;

    /** A bootstrap of {@code resamples} draws per estimate (at least 100) seeded from {@code seed}. */
    public Bootstrap(int resamples, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("bootstrap resamples must be at least 100 for a 95% percentile"
                    + " interval, got " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    public int resamples() {
        return resamples;
    }

    /** The arithmetic mean with its interval. */
    public Estimate mean(String key, double[] x) {
        return x.length > MAX_RESAMPLED ? LargeSample.mean(x) : linear(key, x, Bootstrap::arithmeticMean);
    }

    /** Whether an estimate over samples of these sizes gets a large-sample normal interval instead of a bootstrap. */
    public static boolean largeSample(int... sizes) {
        for (int n : sizes) {
            if (n > MAX_RESAMPLED) {
                return true;
            }
        }
        return false;
    }

    /** The circular mean (degrees) with its interval. */
    public Estimate circularMean(String key, double[] degrees) {
        if (degrees.length == 0) {
            return Estimate.empty();
        }
        double observed = CircularSummary.mean(degrees);
        if (Double.isNaN(observed) || degrees.length < MIN_SAMPLE) {
            return Estimate.pointOnly(Double.isNaN(observed) ? null : observed);
        }
        if (largeSample(degrees.length)) {
            return LargeSample.circularMean(degrees, observed);
        }
        int n = degrees.length;
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int i = 0; i < n; i++) {
            cos[i] = Math.cos(Math.toRadians(degrees[i]));
            sin[i] = Math.sin(Math.toRadians(degrees[i]));
        }
        SplittableRandom random = random(key);
        double[] reps = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double c = 0;
            double s = 0;
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                c += cos[k];
                s += sin[k];
            }
            reps[b] = CircularSummary.direction(c / n, s / n);
        }
        return circular(observed, reps);
    }

    /** {@code mean(a) - mean(b)} with its interval; the two groups are resampled independently. */
    public Estimate meanDifference(String key, double[] a, double[] b) {
        if (a.length >= MIN_SAMPLE && b.length >= MIN_SAMPLE && largeSample(a.length, b.length)) {
            return LargeSample.meanDifference(a, b, arithmeticMean(a) - arithmeticMean(b));
        }
        return difference(key, a, b, (x, y) -> arithmeticMean(x) - arithmeticMean(y), false);
    }

    /** The circular difference {@code wrap(circmean(a) - circmean(b))} (degrees) with its interval. */
    public Estimate circularMeanDifference(String key, double[] a, double[] b) {
        if (a.length >= MIN_SAMPLE && b.length >= MIN_SAMPLE && largeSample(a.length, b.length)) {
            double meanA = CircularSummary.mean(a);
            double meanB = CircularSummary.mean(b);
            double observed = CircularSummary.wrap(meanA - meanB);
            return Double.isNaN(observed) ? Estimate.pointOnly(null)
                    : LargeSample.circularMeanDifference(a, meanA, b, meanB, observed);
        }
        return difference(key, a, b,
                (x, y) -> CircularSummary.wrap(CircularSummary.mean(x) - CircularSummary.mean(y)), true);
    }

    /** The OLS slope of y on x with its interval: pairs resampled together, or HC0 normal theory for large n. */
    public Estimate slope(String key, double[] x, double[] y) {
        if (x.length >= MIN_SAMPLE && largeSample(x.length)) {
            double observed = LinearFit.slope(x, y);
            return Double.isNaN(observed) ? Estimate.pointOnly(null) : LargeSample.slope(x, y, observed);
        }
        return paired(key, x, y, LinearFit::slope);
    }

    /** A statistic of paired data (e.g. a regression slope); pairs are resampled together. */
    public Estimate paired(String key, double[] x, double[] y, ToDoubleBiFunction<double[], double[]> statistic) {
        double observed = statistic.applyAsDouble(x, y);
        if (Double.isNaN(observed) || x.length < MIN_SAMPLE) {
            return Estimate.pointOnly(Double.isNaN(observed) ? null : observed);
        }
        SplittableRandom random = random(key);
        double[] reps = new double[resamples];
        double[] rx = new double[x.length];
        double[] ry = new double[y.length];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < x.length; i++) {
                int k = random.nextInt(x.length);
                rx[i] = x[k];
                ry[i] = y[k];
            }
            reps[b] = statistic.applyAsDouble(rx, ry);
        }
        return linear(observed, reps);
    }

    private Estimate linear(String key, double[] x, ToDoubleFunction<double[]> statistic) {
        if (x.length == 0) {
            return Estimate.empty();
        }
        double observed = statistic.applyAsDouble(x);
        if (x.length < MIN_SAMPLE) {
            return Estimate.pointOnly(observed);
        }
        SplittableRandom random = random(key);
        double[] reps = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            reps[b] = statistic.applyAsDouble(resample(x, random));
        }
        return linear(observed, reps);
    }

    private Estimate difference(String key, double[] a, double[] b, ToDoubleBiFunction<double[], double[]> statistic,
                                boolean circular) {
        if (a.length == 0 || b.length == 0) {
            return Estimate.empty();
        }
        double observed = statistic.applyAsDouble(a, b);
        if (Double.isNaN(observed) || a.length < MIN_SAMPLE || b.length < MIN_SAMPLE) {
            return Estimate.pointOnly(Double.isNaN(observed) ? null : observed);
        }
        SplittableRandom random = random(key);
        double[] reps = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            reps[r] = statistic.applyAsDouble(resample(a, random), resample(b, random));
        }
        return circular ? circular(observed, reps) : linear(observed, reps);
    }

    private SplittableRandom random(String key) {
        return new SplittableRandom(TrialSeeds.derive(seed, "bootstrap/" + key));
    }

    static double[] resample(double[] x, SplittableRandom random) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[random.nextInt(x.length)];
        }
        return out;
    }

    /** Percentile interval of the finite replicates (undefined replicates are left out). */
    static Estimate linear(double observed, double[] replicates) {
        double[] finite = Arrays.stream(replicates).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return Estimate.pointOnly(observed);
        }
        double[] q = QUANTILE.evaluate(finite, PROBABILITIES);
        return new Estimate(observed, q[0], q[1]);
    }

    /** Percentile interval of the replicates' wrapped deviations from {@code observed}, added back. */
    static Estimate circular(double observed, double[] replicates) {
        double[] deviations = Arrays.stream(replicates).filter(Double::isFinite)
                .map(r -> CircularSummary.wrap(r - observed)).toArray();
        Estimate d = linear(0, deviations);
        return d.hasInterval() ? new Estimate(observed, observed + d.low(), observed + d.high())
                : Estimate.pointOnly(observed);
    }

    private static double arithmeticMean(double[] x) {
        return Mean.of(x).getAsDouble();
    }
}
