package org.svosim.games.value;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SvoAngle;

/** Test oracle: the angle interval by enumerating every combination (only for small inputs). */
final class BruteForce {
    private BruteForce() {
    }

    static AngleInterval angleInterval(List<List<Allocation>> candidatesPerItem) {
        double[] lowHigh = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        enumerate(candidatesPerItem, 0, new ArrayList<>(), lowHigh);
        return new AngleInterval(lowHigh[0], lowHigh[1]);
    }

    private static void enumerate(List<List<Allocation>> items, int next, List<Allocation> chosen, double[] lowHigh) {
        if (next == items.size()) {
            double angle = SvoAngle.of(chosen);
            lowHigh[0] = Math.min(lowHigh[0], angle);
            lowHigh[1] = Math.max(lowHigh[1], angle);
            return;
        }
        for (Allocation a : items.get(next)) {
            chosen.add(a);
            enumerate(items, next + 1, chosen, lowHigh);
            chosen.remove(chosen.size() - 1);
        }
    }
}
