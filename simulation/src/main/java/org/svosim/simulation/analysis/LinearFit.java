package org.svosim.simulation.analysis;

import org.apache.commons.statistics.descriptive.Mean;

/**
 * Ordinary least squares of y on x: {@code slope = Sxy / Sxx}, {@code intercept = mean(y) -
 * slope * mean(x)}, {@code R^2 = 1 - SSE / SST} with {@code Sxy = sum (x - mean x)(y - mean y)},
 * {@code Sxx = sum (x - mean x)^2}, {@code SSE = sum (y - intercept - slope x)^2} and
 * {@code SST = sum (y - mean y)^2}. R^2 is null when every y is equal (SST = 0).
 *
 * @param n         number of pairs
 * @param slope     fitted slope
 * @param intercept fitted intercept
 * @param rSquared  coefficient of determination, or null when undefined
 */
public record LinearFit(int n, double slope, double intercept, Double rSquared) {

    /** The fit of {@code y} on {@code x}; needs two pairs or more and at least two distinct x. */
    public static LinearFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must pair up, got " + x.length + " x and " + y.length + " y");
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a line needs at least 2 points, got " + x.length);
        }
        double slope = slope(x, y);
        if (Double.isNaN(slope)) {
            throw new IllegalArgumentException("a line needs at least 2 distinct x values, all are " + x[0]);
        }
        double mx = Mean.of(x).getAsDouble();
        double my = Mean.of(y).getAsDouble();
        double intercept = my - slope * mx;
        double sse = 0;
        double sst = 0;
        for (int i = 0; i < x.length; i++) {
            double residual = y[i] - intercept - slope * x[i];
            sse += residual * residual;
            sst += (y[i] - my) * (y[i] - my);
        }
        return new LinearFit(x.length, slope, intercept, sst == 0 ? null : 1 - sse / sst);
    }

    /** The OLS slope of y on x, or NaN when all x are equal (used on bootstrap resamples). */
    public static double slope(double[] x, double[] y) {
        double mx = Mean.of(x).getAsDouble();
        double my = Mean.of(y).getAsDouble();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    /** The fitted y at {@code x}. */
    public double predict(double x) {
        return intercept + slope * x;
    }
}
