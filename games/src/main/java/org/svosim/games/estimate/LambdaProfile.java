package org.svosim.games.estimate;

import java.util.List;
import org.svosim.games.slider.Allocation;

/**
 * The profile log-likelihood of an angle: the log-likelihood maximised over lambda in
 * {@code [0, maxLambda]}. For a fixed angle it is concave in lambda (its second derivative is
 * minus the summed variances of the utilities), so a bracketed Newton search finds the maximum.
 * Not thread-safe: each search starts from the lambda the previous one found.
 */
final class LambdaProfile {
    /** Lambda and log-likelihood at the maximum over lambda for one angle. */
    record Fit(double lambda, double logLikelihood) {
    }

    private final List<ObservedDecision> decisions;
    private final double maxLambda;
    /** Where the next search starts: the last lambda found (neighbouring angles have similar ones). */
    private double start;

    LambdaProfile(List<ObservedDecision> decisions, double maxLambda) {
        this.decisions = decisions;
        this.maxLambda = maxLambda;
        this.start = maxLambda / 100;
    }

    Fit at(double degrees) {
        double[][] gaps = gaps(degrees);
        if (slope(gaps, 0)[0] <= 0) {
            return new Fit(0, logLikelihood(gaps, 0));
        }
        if (slope(gaps, maxLambda)[0] >= 0) {
            return new Fit(maxLambda, logLikelihood(gaps, maxLambda));
        }
        double lo = 0;
        double hi = maxLambda;
        double x = start > 0 && start < maxLambda ? start : maxLambda / 100;
        for (int i = 0; i < 200; i++) {
            double[] s = slope(gaps, x);
            if (s[0] > 0) {
                lo = x;
            } else {
                hi = x;
            }
            double next = s[1] < 0 ? x - s[0] / s[1] : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = (lo + hi) / 2;
            }
            boolean done = Math.abs(next - x) <= 1e-12 * x || hi - lo <= 1e-12 * maxLambda;
            x = next;
            if (done) {
                break;
            }
        }
        start = x;
        return new Fit(x, logLikelihood(gaps, x));
    }

    /** Per decision, each option's utility minus the chosen option's utility. */
    private double[][] gaps(double degrees) {
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        double[][] gaps = new double[decisions.size()][];
        for (int i = 0; i < gaps.length; i++) {
            List<Allocation> options = decisions.get(i).options();
            Allocation chosen = options.get(decisions.get(i).chosen());
            gaps[i] = new double[options.size()];
            for (int j = 0; j < gaps[i].length; j++) {
                Allocation a = options.get(j);
                gaps[i][j] = cos * (a.self() - chosen.self()) + sin * (a.other() - chosen.other());
            }
        }
        return gaps;
    }

    /** Log-likelihood: minus the sum over decisions of log sum_j exp(lambda * gap_j). */
    private static double logLikelihood(double[][] gaps, double lambda) {
        double sum = 0;
        for (double[] g : gaps) {
            double max = 0;
            for (double v : g) {
                max = Math.max(max, lambda * v);
            }
            double s = 0;
            for (double v : g) {
                s += Math.exp(lambda * v - max);
            }
            sum -= max + Math.log(s);
        }
        return sum;
    }

    /** First and second derivative of the log-likelihood in lambda. */
    private static double[] slope(double[][] gaps, double lambda) {
        double first = 0;
        double second = 0;
        for (double[] g : gaps) {
            double max = 0;
            for (double v : g) {
                max = Math.max(max, lambda * v);
            }
            double z = 0;
            double mean = 0;
            double square = 0;
            for (double v : g) {
                double w = Math.exp(lambda * v - max);
                z += w;
                mean += w * v;
                square += w * v * v;
            }
            mean /= z;
            first -= mean;
            second -= square / z - mean * mean;
        }
        return new double[] {first, second};
    }
}
