package org.svosim.games.assess;

import java.util.List;
import org.svosim.games.slider.Allocation;

/**
 * Value rationality of one decision: {@code (u(chosen) - min u) / (max u - min u)} over the
 * answers' allocations under the transformed utility of the target angle; 1 when all answers tie
 * and for any answer tied with the best ({@link TieRule} tolerance), 0 for the worst.
 */
public final class Rationality {
    private Rationality() {
    }

    public static double of(List<Allocation> options, int chosen, double degrees) {
        if (chosen < 0 || chosen >= options.size()) {
            throw new IllegalArgumentException("chosen answer " + chosen + " is not one of the " + options.size() + " answers");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Allocation a : options) {
            double u = a.utility(degrees);
            min = Math.min(min, u);
            max = Math.max(max, u);
        }
        double tolerance = TieRule.tolerance(options);
        double u = options.get(chosen).utility(degrees);
        if (max - min <= tolerance || u >= max - tolerance) {
            return 1.0;
        }
        return (u - min) / (max - min);
    }
}
