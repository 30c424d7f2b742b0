package org.svosim.simulation.analysis;

import org.apache.commons.statistics.descriptive.Mean;

/**
 * 95% large-sample (normal-theory) intervals, used by {@link Bootstrap} instead of resampling when a
 * sample has more than {@link Bootstrap#MAX_RESAMPLED} values: there the bootstrap percentile interval
 * and the normal interval agree to well within the bootstrap's own Monte Carlo error, and resampling
 * would cost {@code resamples x n} draws. Deterministic: no random numbers. With {@code z} the 97.5%
 * normal quantile:
 * <ul>
 * <li>mean: {@code mean +- z sd / sqrt(n)} (sd with n - 1), kept inside [min, max] of the data as a
 * percentile interval of a mean always is;</li>
 * <li>circular mean (Fisher 1993, section 4.4.4): {@code mean +- asin(min(1, z se))} with
 * {@code se^2 = (1 - rho2) / (2 n R^2)}, R the mean resultant length and rho2 the mean of
 * {@code cos 2(a - mean)};</li>
 * <li>differences of independent samples: the difference {@code +- z sqrt(se_a^2 + se_b^2)} (for the
 * circular difference, {@code asin} of that, as above);</li>
 * <li>OLS slope: {@code slope +- z se} with the heteroskedasticity-consistent (HC0, White 1980) standard
 * error {@code se^2 = sum (x - mean x)^2 e^2 / Sxx^2}, which the pairs bootstrap approximates.</li>
 * </ul>
 */
final class LargeSample {
    /** The 97.5% quantile of the standard normal distribution. */
    static final double Z = 1.959963984540054;

    private LargeSample() {
    }

    static Estimate mean(double[] x) {
        double m = Mean.of(x).getAsDouble();
        double half = Z * Math.sqrt(variance(x, m) / x.length);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return interval(m, Math.max(min, m - half), Math.min(max, m + half));
    }

    static Estimate circularMean(double[] degrees, double observed) {
        double half = Math.toDegrees(Math.asin(Math.min(1, Z * Math.sqrt(circularVariance(degrees, observed)))));
        return interval(observed, observed - half, observed + half);
    }

    static Estimate meanDifference(double[] a, double[] b, double observed) {
        double half = Z * Math.sqrt(variance(a, Mean.of(a).getAsDouble()) / a.length
                + variance(b, Mean.of(b).getAsDouble()) / b.length);
        return interval(observed, observed - half, observed + half);
    }

    static Estimate circularMeanDifference(double[] a, double meanA, double[] b, double meanB, double observed) {
        double se = Math.sqrt(circularVariance(a, meanA) + circularVariance(b, meanB));
        double half = Math.toDegrees(Math.asin(Math.min(1, Z * se)));
        return interval(observed, observed - half, observed + half);
    }

    static Estimate slope(double[] x, double[] y, double observed) {
        double mx = Mean.of(x).getAsDouble();
        double intercept = Mean.of(y).getAsDouble() - observed * mx;
        double sxx = 0;
        double meat = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double e = y[i] - intercept - observed * x[i];
            sxx += dx * dx;
            meat += dx * dx * e * e;
        }
        double half = Z * Math.sqrt(meat) / sxx;
        return interval(observed, observed - half, observed + half);
    }

    /** The squared standard error (radians^2) of the circular mean of the angles. */
    private static double circularVariance(double[] degrees, double meanDegrees) {
        double r = CircularSummary.of(degrees).resultantLength();
        double rho2 = 0;
        double mean = Math.toRadians(meanDegrees);
        for (double a : degrees) {
            rho2 += Math.cos(2 * (Math.toRadians(a) - mean));
        }
        rho2 /= degrees.length;
        return (1 - rho2) / (2 * degrees.length * r * r);
    }

    private static double variance(double[] x, double mean) {
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }

    private static Estimate interval(double observed, double low, double high) {
        return Double.isFinite(low) && Double.isFinite(high) ? new Estimate(observed, low, high)
                : Estimate.pointOnly(observed);
    }
}
