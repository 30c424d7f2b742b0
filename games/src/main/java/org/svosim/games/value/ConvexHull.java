package org.svosim.games.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Convex hulls of finite point sets (Andrew's monotone chain, collinear points dropped) and
 * hulls of Minkowski sums. Vertices come counter-clockwise; a hull may degenerate to one or
 * two points.
 */
final class ConvexHull {
    private ConvexHull() {
    }

    /** The hull vertices of {@code points}, counter-clockwise, starting at the lowest-left point. */
    static List<Offset> of(Collection<Offset> points) {
        List<Offset> sorted = points.stream().distinct()
                .sorted(Comparator.comparingDouble(Offset::self).thenComparingDouble(Offset::other))
                .toList();
        if (sorted.size() <= 2) {
            return sorted;
        }
        List<Offset> hull = new ArrayList<>(2 * sorted.size());
        for (Offset p : sorted) {
            pushKeepingLeftTurns(hull, p, 2);
        }
        int lowerSize = hull.size() + 1;
        for (int i = sorted.size() - 2; i >= 0; i--) {
            pushKeepingLeftTurns(hull, sorted.get(i), lowerSize);
        }
        hull.remove(hull.size() - 1); // the start point, added again at the end
        return hull;
    }

    /** The hull of {@code {a + b : a in first, b in second}}. */
    static List<Offset> ofMinkowskiSum(List<Offset> first, List<Offset> second) {
        List<Offset> sums = new ArrayList<>(first.size() * second.size());
        for (Offset a : first) {
            for (Offset b : second) {
                sums.add(a.plus(b));
            }
        }
        return of(sums);
    }

    private static void pushKeepingLeftTurns(List<Offset> hull, Offset p, int minSize) {
        while (hull.size() >= minSize && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
            hull.remove(hull.size() - 1);
        }
        hull.add(p);
    }

    /** Positive when o -> a -> b turns left. */
    private static double cross(Offset o, Offset a, Offset b) {
        return (a.self() - o.self()) * (b.other() - o.other()) - (a.other() - o.other()) * (b.self() - o.self());
    }
}
