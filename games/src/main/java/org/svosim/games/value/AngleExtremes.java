package org.svosim.games.value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.svosim.games.slider.Allocation;

/**
 * The smallest and largest SVO angle over every way of picking one candidate option per item,
 * without enumerating the (possibly astronomically many) combinations.
 *
 * <p>The angle of a combination is the direction of the sum of its offsets from (50, 50). The
 * convex hull of all achievable sums is built item by item as a Minkowski sum of hulls. When
 * the hull neither contains the centre nor reaches below the negative self axis while touching
 * it (where atan2 jumps from 180 to -180), the angle is continuous on the hull, its extremes
 * lie on the tangent rays from the centre, and those touch hull vertices, each of which is the
 * sum of one real option per item. In the rare remaining case (custom items whose answers can
 * land on all sides of (50, 50)) the distinct sums are enumerated exactly, up to
 * {@link #MAX_EXACT_SUMS} of them.
 */
final class AngleExtremes {
    /** Upper bound on distinct sums in the exact fallback; beyond it the computation is refused. */
    static final int MAX_EXACT_SUMS = 500_000;

    private AngleExtremes() {
    }

    /** @param candidatesPerItem for each item, the options that may be picked (none empty) */
    static AngleInterval over(List<List<Allocation>> candidatesPerItem) {
        List<List<Offset>> offsets = new ArrayList<>(candidatesPerItem.size());
        for (List<Allocation> candidates : candidatesPerItem) {
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("every item needs at least one candidate option");
            }
            offsets.add(candidates.stream().map(Offset::of).distinct().toList());
        }
        List<Offset> hull = List.of(Offset.ZERO);
        for (List<Offset> item : offsets) {
            hull = ConvexHull.ofMinkowskiSum(hull, ConvexHull.of(item));
        }
        if (hullVerticesGiveTheExtremes(hull)) {
            return extremes(hull);
        }
        return extremes(exactSums(offsets));
    }

    /**
     * True when the angle extremes over the hull lie at its vertices: the hull neither has a
     * vertex below the self axis while meeting the negative self axis (then sums inside it read
     * near -180 and near 180), nor contains the centre. The second test is conservative (a
     * centre on the hull's boundary would be fine); a false answer only costs the exact path.
     */
    static boolean hullVerticesGiveTheExtremes(List<Offset> hull) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        boolean anyBelow = false;
        int n = hull.size();
        for (int i = 0; i < n; i++) {
            Offset a = hull.get(i);
            Offset b = hull.get((i + 1) % n);
            anyBelow |= a.other() < 0;
            if (a.other() == 0) {
                minX = Math.min(minX, a.self());
                maxX = Math.max(maxX, a.self());
            } else if ((a.other() < 0) != (b.other() < 0) && b.other() != 0) {
                double x = a.self() + (b.self() - a.self()) * (-a.other() / (b.other() - a.other()));
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
            }
        }
        boolean containsCentre = minX <= 0 && maxX >= 0;
        boolean wrapsAtHalfTurn = minX < 0 && anyBelow;
        return !containsCentre && !wrapsAtHalfTurn;
    }

    private static AngleInterval extremes(Iterable<Offset> points) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Offset p : points) {
            double angle = p.angle();
            low = Math.min(low, angle);
            high = Math.max(high, angle);
        }
        return new AngleInterval(low, high);
    }

    private static Set<Offset> exactSums(List<List<Offset>> offsets) {
        Set<Offset> sums = Set.of(Offset.ZERO);
        for (List<Offset> item : offsets) {
            Set<Offset> next = new HashSet<>();
            for (Offset s : sums) {
                for (Offset p : item) {
                    next.add(s.plus(p));
                }
                if (next.size() > MAX_EXACT_SUMS) {
                    throw new IllegalArgumentException("cannot compute the SVO angle range of these "
                            + offsets.size() + " items exactly: their answers can fall on all sides of "
                            + "(50, 50) or straddle the direction self < 50, other = 50, and they allow more than "
                            + MAX_EXACT_SUMS + " distinct payoff sums; use fewer items or options, or keep "
                            + "the options' mean self payoff above 50");
                }
            }
            sums = next;
        }
        return sums;
    }
}
