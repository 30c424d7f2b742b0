package org.svosim.simulation.config;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.ItemKind;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;

/** Reads {@code items} and {@code custom_items} into the {@link SliderMeasure} to ask. */
final class ItemSection {

    private ItemSection() {
    }

    /** The measure, or null if the items could not be read (problems are reported). */
    static SliderMeasure read(ConfigNode root) {
        String items = FieldReads.choice(root, TopLevelFields.ITEMS, "items value");
        ConfigNode custom = root.get(TopLevelFields.CUSTOM_ITEMS.name());
        if (!items.equals("custom")) {
            if (custom.isPresent()) {
                custom.problem("is only read when items is 'custom' (items is '" + items + "')");
            }
            return items.equals("all") ? MurphySliderItems.all() : MurphySliderItems.primary();
        }
        root.require(TopLevelFields.CUSTOM_ITEMS.name(), "a list of items, each {kind: primary|secondary, options: [[self, other], ...]}"
                + " because items is 'custom'");
        List<SliderItem> list = new ArrayList<>();
        List<ConfigNode> elements = custom.elements("a list of items");
        if (custom.isPresent() && elements.isEmpty()) {
            custom.problem("must list at least one item");
        }
        for (ConfigNode element : elements) {
            SliderItem item = readItem(element, list.size() + 1);
            if (item != null) {
                list.add(item);
            }
        }
        if (list.size() == elements.size() && !list.isEmpty()
                && list.stream().noneMatch(i -> i.kind() == ItemKind.PRIMARY)) {
            custom.problem("needs at least one item with kind: primary (the SVO angle is computed from primary items)");
            return null;
        }
        return list.isEmpty() || list.size() != elements.size() ? null : new SliderMeasure("custom items", list);
    }

    private static SliderItem readItem(ConfigNode item, int number) {
        if (!item.expectObject("an item {kind: primary|secondary, options: [[self, other], ...]}")) {
            return null;
        }
        item.allowOnly(ValueFields.CUSTOM_ITEM);
        String kind = item.require(ValueFields.KIND.name(), "primary or secondary")
                .oneOf("item kind", ValueFields.ITEM_KINDS);
        ConfigNode optionsNode = item.require(ValueFields.OPTIONS.name(), "a list of 2 to 26 [self, other] pairs");
        List<ConfigNode> options = optionsNode.elements("a list of 2 to 26 [self, other] pairs");
        if (optionsNode.isArray()
                && (options.size() < ValueFields.MIN_OPTIONS || options.size() > ValueFields.MAX_OPTIONS)) {
            optionsNode.problem("an item needs 2 to 26 options, got " + options.size());
        }
        List<Allocation> allocations = new ArrayList<>();
        for (ConfigNode option : options) {
            Allocation allocation = readPair(option);
            if (allocation != null) {
                allocations.add(allocation);
            }
        }
        boolean complete = kind != null && allocations.size() == options.size()
                && allocations.size() >= ValueFields.MIN_OPTIONS && allocations.size() <= ValueFields.MAX_OPTIONS;
        ItemKind itemKind = "secondary".equals(kind) ? ItemKind.SECONDARY : ItemKind.PRIMARY;
        return complete ? new SliderItem(number, itemKind, allocations) : null;
    }

    static Allocation readPair(ConfigNode option) {
        if (!option.isArray()) {
            option.problem("an option must be a pair [self, other], got " + option.describe());
            return null;
        }
        List<ConfigNode> pair = option.elements("a pair [self, other]");
        if (pair.size() != 2) {
            option.problem("an option must be a pair [self, other], got a list of " + pair.size());
            return null;
        }
        Double self = pair.get(0).number(Range.any());
        Double other = pair.get(1).number(Range.any());
        return self == null || other == null ? null : new Allocation(self, other);
    }
}
