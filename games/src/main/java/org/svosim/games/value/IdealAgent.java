package org.svosim.games.value;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SliderItem;

/**
 * The ideal agent of a target angle {@code theta*}: on every item it picks an option maximising
 * {@code u = cos(theta*) * self + sin(theta*) * other} (SVO.md section 4).
 *
 * <p>Ties are real (at 0 degrees every option of Murphy item 1 ties; at 45 degrees options C and
 * G of item 5 tie), so the agent has a set of best options per item and an interval of angles
 * over all tie-breaks. Utilities within {@link TargetUtility#RELATIVE_TIE_TOLERANCE} times the
 * item's payoff scale of the maximum count as tied.
 *
 * @param targetDegrees the target angle theta* in degrees (finite)
 */
public record IdealAgent(double targetDegrees) {
    public IdealAgent {
        TargetUtility.of(targetDegrees); // validates
    }

    /** The indices (0 = 'A') of all options of {@code item} with maximal target utility, ascending. */
    public List<Integer> bestOptions(SliderItem item) {
        TargetUtility u = TargetUtility.of(targetDegrees);
        double max = Double.NEGATIVE_INFINITY;
        for (Allocation a : item.options()) {
            max = Math.max(max, u.of(a));
        }
        double threshold = max - TargetUtility.tolerance(item);
        List<Integer> best = new ArrayList<>();
        for (int i = 0; i < item.size(); i++) {
            if (u.of(item.option(i)) >= threshold) {
                best.add(i);
            }
        }
        return List.copyOf(best);
    }

    /**
     * The smallest and largest SVO angle the ideal agent can produce on {@code primaryItems},
     * over every combination of tie-breaks. Computed from convex hulls, never by enumerating
     * the combinations (see {@link AttainableRange} for the method).
     *
     * @throws IllegalArgumentException if {@code primaryItems} is empty
     */
    public AngleInterval idealInterval(List<SliderItem> primaryItems) {
        if (primaryItems.isEmpty()) {
            throw new IllegalArgumentException("the ideal interval needs at least one item, got none");
        }
        List<List<Allocation>> candidates = new ArrayList<>(primaryItems.size());
        for (SliderItem item : primaryItems) {
            List<Allocation> best = new ArrayList<>();
            for (int i : bestOptions(item)) {
                best.add(item.option(i));
            }
            candidates.add(best);
        }
        return AngleExtremes.over(candidates);
    }
}
