package org.svosim.simulation.export;

import java.util.List;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The mean of a sample with its sample standard deviation (n - 1 denominator) and 95% Student t
 * confidence interval {@code mean +- t(0.975, n - 1) * sd / sqrt(n)}. Fields are null when the sample
 * is too small: the mean needs one value, the sd and interval two.
 */
public record MeanInterval(Double mean, Double sd, Double ciLow, Double ciHigh) {
    /** Confidence level of the interval. */
    public static final double LEVEL = 0.95;

    public static MeanInterval of(List<Double> values) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        if (x.length == 0) {
            return new MeanInterval(null, null, null, null);
        }
        double mean = Mean.of(x).getAsDouble();
        if (x.length == 1) {
            return new MeanInterval(mean, null, null, null);
        }
        double sd = StandardDeviation.of(x).getAsDouble();
        double t = TDistribution.of(x.length - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
        double half = t * sd / Math.sqrt(x.length);
        return new MeanInterval(mean, sd, mean - half, mean + half);
    }

    /**
     * The same interval clipped to {@code [low, high]}, for quantities bounded by definition
     * (value rationality lies in [0, 1]; a t-interval near a bound would cross it).
     */
    public MeanInterval clippedTo(double low, double high) {
        return new MeanInterval(mean, sd, ciLow == null ? null : Math.max(low, ciLow),
                ciHigh == null ? null : Math.min(high, ciHigh));
    }
}
