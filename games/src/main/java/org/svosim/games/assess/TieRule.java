package org.svosim.games.assess;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.slider.Allocation;

/**
 * Best answers under the transformed utility and the rule that picks one of them.
 *
 * <p>Answers whose utility is within {@link #RELATIVE_TOLERANCE} times the payoff scale (largest
 * {@code |own| + |other|}) of the maximum tie. Among tied answers the ideal player takes the one
 * with the most equal allocation (smallest {@code |own - other|}, same tolerance), then the first
 * in the choice's order. So an indifferent prosocial dictator splits 50/50 (an odd endowment:
 * the dictator keeps the odd coin), and a responder indifferent between accepting nothing and
 * rejecting rejects (both get 0, the more equal outcome).
 */
public final class TieRule {
    /** Relative tolerance under which two utilities count as tied. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private TieRule() {
    }

    /** Positions of all answers with maximal utility at {@code degrees}, ascending. */
    public static List<Integer> best(List<Allocation> options, double degrees) {
        double max = Double.NEGATIVE_INFINITY;
        for (Allocation a : options) {
            max = Math.max(max, a.utility(degrees));
        }
        double threshold = max - tolerance(options);
        List<Integer> best = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).utility(degrees) >= threshold) {
                best.add(i);
            }
        }
        return List.copyOf(best);
    }

    /** The position of the answer the ideal player of {@code degrees} takes. */
    public static int pick(List<Allocation> options, double degrees) {
        double tolerance = tolerance(options);
        int chosen = -1;
        double chosenGap = Double.POSITIVE_INFINITY;
        for (int i : best(options, degrees)) {
            double gap = Math.abs(options.get(i).self() - options.get(i).other());
            if (gap < chosenGap - tolerance) {
                chosen = i;
                chosenGap = gap;
            }
        }
        return chosen;
    }

    /** The absolute tie tolerance of a set of allocations. */
    static double tolerance(List<Allocation> options) {
        double scale = 0;
        for (Allocation a : options) {
            scale = Math.max(scale, Math.abs(a.self()) + Math.abs(a.other()));
        }
        return RELATIVE_TOLERANCE * scale;
    }
}
