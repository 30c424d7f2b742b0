package org.svosim.simulation.analysis;

/**
 * A point estimate with its 95% bootstrap percentile interval. Any field may be null: the
 * estimate when it is undefined (no data), the interval when the sample is too small to
 * resample (fewer than {@link Bootstrap#MIN_SAMPLE} values).
 *
 * @param value the estimate
 * @param low   lower end of the interval
 * @param high  upper end of the interval
 */
public record Estimate(Double value, Double low, Double high) {

    /** An estimate with nothing known. */
    public static Estimate empty() {
        return new Estimate(null, null, null);
    }

    /** An estimate without an interval. */
    public static Estimate pointOnly(Double value) {
        return new Estimate(value, null, null);
    }

    /** Whether the interval is known. */
    public boolean hasInterval() {
        return low != null && high != null;
    }
}
