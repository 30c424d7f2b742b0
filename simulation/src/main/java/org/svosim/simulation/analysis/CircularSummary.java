package org.svosim.simulation.analysis;

/**
 * The circular summary of a sample of angles (degrees): with {@code C = mean cos(a)} and
 * {@code S = mean sin(a)}, the circular mean is {@code atan2(S, C)} in (-180, 180], the mean
 * resultant length is {@code R = sqrt(C^2 + S^2)} in [0, 1] (1 = all angles equal), and the
 * circular standard deviation is {@code sqrt(-2 ln R)} converted to degrees (Mardia &amp; Jupp 2000,
 * section 2.3.1). Mean and sd are null for an empty sample; the mean is also null when the
 * angles cancel out ({@code R} below {@link #UNDEFINED_BELOW}), where no direction is defined.
 *
 * @param n                the number of angles
 * @param meanDegrees      circular mean (degrees, (-180, 180]), or null
 * @param resultantLength  mean resultant length R, or null for an empty sample
 * @param sdDegrees        circular standard deviation (degrees), or null
 */
public record CircularSummary(int n, Double meanDegrees, Double resultantLength, Double sdDegrees) {

    /** Mean resultant lengths below this are treated as zero: the sample has no mean direction. */
    public static final double UNDEFINED_BELOW = 1e-12;

    /** The summary of the given angles (degrees). */
    public static CircularSummary of(double[] degrees) {
        if (degrees.length == 0) {
            return new CircularSummary(0, null, null, null);
        }
        double c = 0;
        double s = 0;
        for (double a : degrees) {
            requireFinite(a);
            c += Math.cos(Math.toRadians(a));
            s += Math.sin(Math.toRadians(a));
        }
        c /= degrees.length;
        s /= degrees.length;
        double r = Math.min(1.0, Math.hypot(c, s));
        if (r < UNDEFINED_BELOW) {
            return new CircularSummary(degrees.length, null, 0.0, null);
        }
        double sd = Math.toDegrees(Math.sqrt(-2 * Math.log(r)));
        return new CircularSummary(degrees.length, wrap(Math.toDegrees(Math.atan2(s, c))), r, sd);
    }

    /**
     * The circular mean (degrees) of angles whose mean cosine is {@code c} and mean sine {@code s}, or NaN
     * when they cancel out; the same value as {@link #mean} of those angles.
     */
    static double direction(double c, double s) {
        double r = Math.min(1.0, Math.hypot(c, s));
        return r < UNDEFINED_BELOW ? Double.NaN : wrap(Math.toDegrees(Math.atan2(s, c)));
    }

    /** The circular mean of the angles (degrees), or NaN when undefined (empty or cancelling out). */
    public static double mean(double[] degrees) {
        Double m = of(degrees).meanDegrees();
        return m == null ? Double.NaN : m;
    }

    /** The angle wrapped into (-180, 180] degrees: {@code wrap(350) = -10}, {@code wrap(-180) = 180}. */
    public static double wrap(double degrees) {
        double w = degrees % 360.0;
        if (w <= -180.0) {
            w += 360.0;
        } else if (w > 180.0) {
            w -= 360.0;
        }
        return w;
    }

    private static void requireFinite(double a) {
        if (!Double.isFinite(a)) {
            throw new IllegalArgumentException("angle must be a finite number of degrees, got " + a);
        }
    }
}
