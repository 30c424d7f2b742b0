package org.svosim.games.estimate;

import java.util.List;
import java.util.SplittableRandom;
import org.svosim.games.slider.Allocation;

/**
 * The logit choice rule: an agent of angle t and precision lambda picks option j with probability
 * proportional to {@code exp(lambda * u_t(j))}, where {@code u_t = cos(t) * own + sin(t) * other}.
 * Lambda is per payoff unit: 0 is uniform random choice, large values approach the ideal agent.
 */
public final class LogitRule {
    private LogitRule() {
    }

    /** The probability of each option. */
    public static double[] probabilities(List<Allocation> options, double degrees, double lambda) {
        checkLambda(lambda);
        double[] p = new double[options.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < p.length; j++) {
            p[j] = lambda * options.get(j).utility(degrees);
            max = Math.max(max, p[j]);
        }
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.exp(p[j] - max);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /** An option index drawn by the rule from {@code random}. */
    public static int sample(List<Allocation> options, double degrees, double lambda, SplittableRandom random) {
        double[] p = probabilities(options, degrees, lambda);
        double x = random.nextDouble();
        for (int j = 0; j < p.length - 1; j++) {
            x -= p[j];
            if (x < 0) {
                return j;
            }
        }
        return p.length - 1;
    }

    /** The log-likelihood of {@code decisions} under the rule at ({@code degrees}, {@code lambda}). */
    public static double logLikelihood(List<ObservedDecision> decisions, double degrees, double lambda) {
        checkLambda(lambda);
        double sum = 0;
        for (ObservedDecision d : decisions) {
            sum += Math.log(probabilities(d.options(), degrees, lambda)[d.chosen()]);
        }
        return sum;
    }

    private static void checkLambda(double lambda) {
        if (!Double.isFinite(lambda) || lambda < 0) {
            throw new IllegalArgumentException("precision lambda must be a finite number >= 0, got " + lambda);
        }
    }
}
