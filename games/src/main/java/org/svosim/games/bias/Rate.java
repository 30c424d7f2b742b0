package org.svosim.games.bias;

/**
 * A share {@code successes / trials} with its Wilson score 95% interval. With no trials the
 * share is undefined: estimate, lower and upper are NaN.
 *
 * <p>Wilson interval, z = 1.959964 (the 97.5% normal quantile), p = k/n:
 * {@code (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}. Unlike the normal
 * approximation it stays inside [0, 1] and is not degenerate at p = 0 or 1.
 *
 * @param successes how many trials count (0 <= successes <= trials)
 * @param trials    how many trials there were
 * @param estimate  successes / trials
 * @param lower     lower bound of the 95% interval
 * @param upper     upper bound of the 95% interval
 */
public record Rate(int successes, int trials, double estimate, double lower, double upper) {
    /** The 97.5% quantile of the standard normal distribution. */
    public static final double Z95 = 1.959963984540054;

    public Rate {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("a rate needs 0 <= successes <= trials, got " + successes + "/" + trials);
        }
    }

    /** {@code successes / trials} with its Wilson 95% interval. */
    public static Rate wilson(int successes, int trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("a rate needs 0 <= successes <= trials, got " + successes + "/" + trials);
        }
        if (trials == 0) {
            return new Rate(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new Rate(successes, trials, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Whether there was at least one trial, so the share is defined. */
    public boolean defined() {
        return trials > 0;
    }
}
