package org.svosim.games.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;

/**
 * What {@link SliderScorer} derives from a measure alone, computed once per measure and shared
 * between threads: the items by number, the primary items, the attainable range, whether the
 * secondary items are Murphy's 7..15, and the ideal interval per target angle.
 */
final class MeasureGeometry {
    /** Caches are cleared when they grow past this many entries (custom measures or angles). */
    private static final int MAX_ENTRIES = 1024;
    private static final Map<SliderMeasure, MeasureGeometry> BY_MEASURE = new ConcurrentHashMap<>();
    private static volatile MeasureGeometry lastUsed;

    private final SliderMeasure source;

    private final Map<Integer, SliderItem> itemsByNumber;
    private final List<SliderItem> primaryItems;
    private final AngleInterval attainableRange;
    private final boolean murphySecondaryItems;
    private final Map<Double, AngleInterval> idealIntervalByDegrees = new ConcurrentHashMap<>();

    private MeasureGeometry(SliderMeasure measure) {
        this.source = measure;
        this.itemsByNumber = itemsByUniqueNumber(measure);
        this.primaryItems = measure.primaryItems();
        this.attainableRange = AttainableRange.of(primaryItems);
        this.murphySecondaryItems = measure.secondaryItems().equals(MurphySliderItems.all().secondaryItems());
    }

    private static Map<Integer, SliderItem> itemsByUniqueNumber(SliderMeasure measure) {
        Map<Integer, SliderItem> byNumber = new HashMap<>();
        for (SliderItem item : measure.items()) {
            if (byNumber.put(item.number(), item) != null) {
                throw new IllegalArgumentException("measure '" + measure.name() + "' has item number " + item.number()
                        + " more than once; item numbers must be unique so that choices can be matched to items");
            }
        }
        return Map.copyOf(byNumber);
    }

    static MeasureGeometry of(SliderMeasure measure) {
        // Benchmarks score one measure instance over and over: skip hashing its 100+ payoffs.
        MeasureGeometry last = lastUsed;
        if (last != null && last.source == measure) {
            return last;
        }
        MeasureGeometry cached = BY_MEASURE.get(measure);
        if (cached == null) {
            if (BY_MEASURE.size() >= MAX_ENTRIES) {
                BY_MEASURE.clear();
            }
            cached = BY_MEASURE.computeIfAbsent(measure, MeasureGeometry::new);
        }
        lastUsed = cached;
        return cached;
    }

    /** The item numbered {@code number}, or null if the measure has none. */
    SliderItem item(Integer number) {
        return number == null ? null : itemsByNumber.get(number);
    }

    List<SliderItem> primaryItems() {
        return primaryItems;
    }

    AngleInterval attainableRange() {
        return attainableRange;
    }

    /** True if the secondary items are exactly Murphy items 7..15. */
    boolean hasMurphySecondaryItems() {
        return murphySecondaryItems;
    }

    AngleInterval idealInterval(double targetDegrees) {
        AngleInterval cached = idealIntervalByDegrees.get(targetDegrees);
        if (cached != null) {
            return cached;
        }
        if (idealIntervalByDegrees.size() >= MAX_ENTRIES) {
            idealIntervalByDegrees.clear();
        }
        return idealIntervalByDegrees.computeIfAbsent(targetDegrees,
                d -> new IdealAgent(d).idealInterval(primaryItems));
    }
}
