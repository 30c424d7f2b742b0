package org.svosim.simulation.bias.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded sampling of scenarios per category. The unit drawn is the item (so the three BBQ
 * scenarios of an item stay together): from every category (scenarios without one form one
 * group) up to {@code itemsPerCategory} items are drawn without replacement, each category with
 * its own generator seeded from the seed and the category name, so adding a category does not
 * change the others' draws. The result keeps the input order.
 */
public final class ScenarioSampler {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private ScenarioSampler() {
    }

    /** Up to {@code itemsPerCategory} items from every category, all their scenarios, in input order. */
    public static List<Scenario> perCategory(List<Scenario> scenarios, int itemsPerCategory, long seed) {
        if (itemsPerCategory < 1) {
            throw new IllegalArgumentException("items per category must be at least 1, got " + itemsPerCategory);
        }
        Map<String, Set<String>> itemsByCategory = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            itemsByCategory.computeIfAbsent(s.attribute(ScenarioAttributes.CATEGORY), c -> new LinkedHashSet<>()).add(s.item());
        }
        Set<String> chosen = new HashSet<>();
        itemsByCategory.forEach((category, items) -> chosen.addAll(draw(new ArrayList<>(items), itemsPerCategory,
                new SplittableRandom(seed ^ (category.hashCode() * GOLDEN)))));
        return scenarios.stream().filter(s -> chosen.contains(s.item())).toList();
    }

    /** The first {@code n} of a partial Fisher-Yates shuffle (all items when there are at most n). */
    private static List<String> draw(List<String> items, int n, SplittableRandom random) {
        if (items.size() <= n) {
            return items;
        }
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(items.size() - i);
            String t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
        return items.subList(0, n);
    }
}
