package org.svosim.agents.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;

/**
 * Draws the asking order of a measure's items and the shown order of each item's options from
 * a trial seed. Item order and option order use separate streams split from the seed, so
 * turning one shuffle on or off does not change the other.
 */
final class ItemPlanner {
    private ItemPlanner() {
    }

    static List<ItemPlan> plan(SliderMeasure measure, ItemOrder order, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom itemRandom = root.split();
        SplittableRandom optionRandom = root.split();
        List<SliderItem> items = new ArrayList<>(measure.items());
        if (order.shuffleItems()) {
            shuffle(items, itemRandom);
        }
        List<ItemPlan> plans = new ArrayList<>();
        for (int position = 0; position < items.size(); position++) {
            SliderItem item = items.get(position);
            List<Integer> shown = IntStream.range(0, item.size()).boxed().collect(Collectors.toList());
            if (order.shuffleOptions()) {
                shuffle(shown, optionRandom);
            }
            plans.add(new ItemPlan(item, position, shown));
        }
        return plans;
    }

    /** Fisher-Yates, so the result depends only on the random stream. */
    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
