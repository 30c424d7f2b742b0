package org.svosim.simulation.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * How many points a chart draws: every point of a group (one induced value of one backend) up to
 * {@link #MAX_PER_GROUP}, and beyond that a seeded uniform sample of that many, in input order
 * (selection sampling, Knuth TAOCP vol. 2, 3.4.2 algorithm S). Only the drawn points are thinned:
 * every mean, interval, count and axis range a chart shows is computed from all points, and the
 * chart says when it draws a sample. The sample depends only on the points and the group's key.
 */
public final class PointSample {
    /** Most points drawn per group. */
    public static final int MAX_PER_GROUP = 1000;
    /** What a caption adds when a figure draws a sample. */
    public static final String CAPTION_NOTE = " Where a condition has more than 1,000 valid trials, its points are a"
            + " seeded random sample of 1,000 of them (drawing them all would only hide each other and make the files"
            + " huge); every statistic shown still uses all valid trials.";
    private static final long SEED = 0x5_0_5A_3B_1EL;

    private PointSample() {
    }

    /** The items of one group, all of them or a seeded sample of {@link #MAX_PER_GROUP}. */
    public static <T> List<T> of(List<T> items, String key) {
        if (items.size() <= MAX_PER_GROUP) {
            return items;
        }
        SplittableRandom random = new SplittableRandom(SEED ^ key.hashCode());
        List<T> out = new ArrayList<>(MAX_PER_GROUP);
        int needed = MAX_PER_GROUP;
        for (int i = 0; i < items.size() && needed > 0; i++) {
            if (random.nextInt(items.size() - i) < needed) {
                out.add(items.get(i));
                needed--;
            }
        }
        return out;
    }

    /** The items with each group (by {@code groupOf}) thinned as by {@link #of}, groups' order of items kept. */
    public static <T, G> List<T> perGroup(List<T> items, Function<T, G> groupOf, String key) {
        Map<G, List<T>> groups = new LinkedHashMap<>();
        items.forEach(i -> groups.computeIfAbsent(groupOf.apply(i), g -> new ArrayList<>()).add(i));
        if (groups.values().stream().allMatch(g -> g.size() <= MAX_PER_GROUP)) {
            return items;
        }
        Map<G, List<T>> kept = new HashMap<>();
        groups.forEach((g, members) -> kept.put(g, of(members, key + "/" + g)));
        List<T> out = new ArrayList<>();
        Map<G, Integer> next = new HashMap<>();
        for (T item : items) {
            G g = groupOf.apply(item);
            List<T> k = kept.get(g);
            int at = next.getOrDefault(g, 0);
            if (at < k.size() && k.get(at) == item) {
                out.add(item);
                next.put(g, at + 1);
            }
        }
        return out;
    }

    /** The size of the largest group of the items (0 for none). */
    static <T, G> long largestGroup(List<T> items, Function<T, G> groupOf) {
        Map<G, Long> sizes = new HashMap<>();
        items.forEach(i -> sizes.merge(groupOf.apply(i), 1L, Long::sum));
        return sizes.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Whether a group of this many points is drawn as a sample. */
    public static boolean thins(long groupSize) {
        return groupSize > MAX_PER_GROUP;
    }

    /** What a chart's subtitle adds when its largest group is drawn as a sample, else "". */
    static String subtitleNote(long largestGroup) {
        return thins(largestGroup) ? " (at most " + MAX_PER_GROUP + " per value drawn, a seeded sample)" : "";
    }
}
