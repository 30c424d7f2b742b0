package org.svosim.simulation.config;

/** An allowed interval for a number, with the words to tell users about it. */
record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    static Range between(double min, double max) {
        return new Range(min, true, max, true);
    }

    static Range atLeast(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, true);
    }

    static Range greaterThan(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, true);
    }

    /** {@code (min, max]}. */
    static Range aboveAndAtMost(double min, double max) {
        return new Range(min, false, max, true);
    }

    static Range any() {
        return new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
    }

    boolean contains(double x) {
        boolean aboveMin = minInclusive ? x >= min : x > min;
        boolean belowMax = maxInclusive ? x <= max : x < max;
        return aboveMin && belowMax;
    }

    /** E.g. "must be between 0 and 2". */
    String describe() {
        boolean bounded = max != Double.POSITIVE_INFINITY;
        if (minInclusive && maxInclusive && bounded) {
            return "must be between " + format(min) + " and " + format(max);
        }
        String lower = minInclusive ? "at least " + format(min) : "greater than " + format(min);
        return bounded ? "must be " + lower + " and at most " + format(max) : "must be " + lower;
    }

    static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
