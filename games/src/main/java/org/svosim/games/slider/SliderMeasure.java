package org.svosim.games.slider;

import java.util.List;

/**
 * An ordered set of slider items: the Murphy et al. (2011) SVO Slider Measure or a custom
 * set that goes through the same scoring code.
 */
public record SliderMeasure(String name, List<SliderItem> items) {
    public SliderMeasure {
        items = List.copyOf(items);
        if (items.stream().noneMatch(i -> i.kind() == ItemKind.PRIMARY)) {
            throw new IllegalArgumentException("measure '" + name + "' has no primary item");
        }
    }

    public List<SliderItem> primaryItems() {
        return items.stream().filter(i -> i.kind() == ItemKind.PRIMARY).toList();
    }

    public List<SliderItem> secondaryItems() {
        return items.stream().filter(i -> i.kind() == ItemKind.SECONDARY).toList();
    }

    /** The same measure restricted to its primary items. */
    public SliderMeasure primaryOnly() {
        return new SliderMeasure(name + " (primary)", primaryItems());
    }
}
