package org.svosim.games.estimate;

import org.svosim.games.value.AngleInterval;

/**
 * A revealed SVO angle.
 *
 * @param angle              maximum-likelihood angle t in degrees, in [-180, 180)
 * @param lambda             the precision at that angle (per payoff unit); 0 means the choices
 *                           are no better explained by any angle than by chance, and the angle
 *                           is then meaningless
 * @param logLikelihood      the maximised log-likelihood
 * @param decisions          number of decisions used
 * @param interval95         approximate 95% interval: the angles whose profile log-likelihood is
 *                           within 1.92 of the maximum, walking out from {@code angle}; its ends
 *                           are not wrapped, so {@code low <= angle <= high} and they may pass +-180;
 *                           a side on which the profile never drops that far ends 180 degrees away
 * @param wholeCircle        true when the profile never drops by 1.92 in either direction (the data
 *                           do not bound the angle); {@code interval95} is then angle +- 180
 * @param lambdaAtCap        true when lambda hit the estimator's cap: the choices are (nearly)
 *                           noiseless and several angles may explain them equally well
 */
public record AngleEstimate(double angle, double lambda, double logLikelihood, int decisions,
                            AngleInterval interval95, boolean wholeCircle, boolean lambdaAtCap) {
}
