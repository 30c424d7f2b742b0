package org.svosim.games.estimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.svosim.games.slider.Allocation;
import org.svosim.games.value.AngleInterval;

/**
 * Maximum-likelihood estimate of the SVO angle behind a set of choices under the {@link LogitRule}.
 *
 * <p>The angle ranges over the whole circle [-180, 180); lambda is profiled out: for each angle it
 * is maximised over {@code [0, maxLambda]} (the log-likelihood is concave in lambda for a fixed angle). The
 * profile is evaluated on a grid of {@code gridStep} degrees and refined by golden-section search
 * around the best grid point. The 95% interval holds the angles, next to the estimate, whose
 * profile log-likelihood lies within {@link #DROP_95} of the maximum (chi-square, 1 df), found by
 * stepping out by {@code gridStep} and bisecting the crossing.
 *
 * @param gridStep  grid spacing in degrees, in (0, 10] and dividing 360 into whole steps
 * @param maxLambda cap on lambda, &gt; 0; NaN picks {@code 50 / s}, s the median over decisions of
 *                  the diagonal of the options' (own, other) bounding box, so that at the cap an
 *                  option s payoff units worse is chosen with odds below e^-50
 */
public record AngleEstimator(double gridStep, double maxLambda) {
    /** Half the 95% quantile of chi-square with one degree of freedom (3.8415 / 2). */
    public static final double DROP_95 = 1.9207294;

    public AngleEstimator {
        double steps = 360 / gridStep;
        if (!(gridStep > 0 && gridStep <= 10) || Math.abs(steps - Math.rint(steps)) > 1e-9) {
            throw new IllegalArgumentException("grid step must be in (0, 10] degrees and divide 360, got " + gridStep);
        }
        if (!Double.isNaN(maxLambda) && !(maxLambda > 0 && Double.isFinite(maxLambda))) {
            throw new IllegalArgumentException("maximum lambda must be a finite number > 0 (or NaN for automatic), got " + maxLambda);
        }
    }

    /** One-degree grid, automatic lambda cap. */
    public static AngleEstimator standard() {
        return new AngleEstimator(1.0, Double.NaN);
    }

    /**
     * @throws IllegalArgumentException if there are no decisions or no decision has options with
     *                                  different payoffs
     */
    public AngleEstimate estimate(List<ObservedDecision> decisions) {
        if (decisions.isEmpty()) {
            throw new IllegalArgumentException("the angle estimate needs at least one decision, got none");
        }
        double scale = payoffScale(decisions);
        double cap = Double.isNaN(maxLambda) ? 50 / scale : maxLambda;
        LambdaProfile profile = new LambdaProfile(decisions, cap);
        int steps = (int) Math.rint(360 / gridStep);
        double bestAngle = -180;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < steps; k++) {
            double t = -180 + k * gridStep;
            double ll = profile.at(t).logLikelihood();
            if (ll > best) {
                best = ll;
                bestAngle = t;
            }
        }
        double refined = GoldenSection.maximise(t -> profile.at(t).logLikelihood(), bestAngle - gridStep, bestAngle + gridStep, 1e-6);
        double angle = wrap(profile.at(refined).logLikelihood() >= best ? refined : bestAngle);
        LambdaProfile.Fit fit = profile.at(angle);
        double threshold = fit.logLikelihood() - DROP_95;
        double high = crossing(profile, angle, +1, threshold);
        double low = crossing(profile, angle, -1, threshold);
        boolean whole = Double.isNaN(high) && Double.isNaN(low);
        AngleInterval interval = new AngleInterval(Double.isNaN(low) ? angle - 180 : low, Double.isNaN(high) ? angle + 180 : high);
        return new AngleEstimate(angle, fit.lambda(), fit.logLikelihood(), decisions.size(), interval, whole,
                fit.lambda() >= cap * (1 - 1e-9));
    }

    /** The first angle from {@code angle} in direction {@code sign} whose profile falls below {@code threshold}, NaN within 180. */
    private double crossing(LambdaProfile profile, double angle, int sign, double threshold) {
        double inside = 0;
        for (double d = gridStep; d <= 180 + 1e-9; d += gridStep) {
            if (profile.at(angle + sign * d).logLikelihood() < threshold) {
                double outside = d;
                while (outside - inside > 1e-4) {
                    double mid = (inside + outside) / 2;
                    if (profile.at(angle + sign * mid).logLikelihood() < threshold) {
                        outside = mid;
                    } else {
                        inside = mid;
                    }
                }
                return angle + sign * (inside + outside) / 2;
            }
            inside = d;
        }
        return Double.NaN;
    }

    private static double wrap(double degrees) {
        double w = ((degrees + 180) % 360 + 360) % 360 - 180;
        return w >= 180 ? -180 : w;
    }

    /** Median over decisions of the diagonal of the options' payoff bounding box (zero diagonals skipped). */
    static double payoffScale(List<ObservedDecision> decisions) {
        List<Double> diagonals = new ArrayList<>();
        for (ObservedDecision d : decisions) {
            double minSelf = Double.POSITIVE_INFINITY;
            double maxSelf = Double.NEGATIVE_INFINITY;
            double minOther = Double.POSITIVE_INFINITY;
            double maxOther = Double.NEGATIVE_INFINITY;
            for (Allocation a : d.options()) {
                minSelf = Math.min(minSelf, a.self());
                maxSelf = Math.max(maxSelf, a.self());
                minOther = Math.min(minOther, a.other());
                maxOther = Math.max(maxOther, a.other());
            }
            double diagonal = Math.hypot(maxSelf - minSelf, maxOther - minOther);
            if (diagonal > 0) {
                diagonals.add(diagonal);
            }
        }
        if (diagonals.isEmpty()) {
            throw new IllegalArgumentException("no decision offers options with different payoffs: the angle cannot be estimated");
        }
        Collections.sort(diagonals);
        return diagonals.get(diagonals.size() / 2);
    }
}
