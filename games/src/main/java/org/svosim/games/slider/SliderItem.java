package org.svosim.games.slider;

import java.util.List;

/**
 * One slider item: a numbered list of options (A, B, C, ... in published order), each an
 * allocation between self and other.
 */
public record SliderItem(int number, ItemKind kind, List<Allocation> options) {
    public SliderItem {
        options = List.copyOf(options);
        if (options.size() < 2 || options.size() > 26) {
            throw new IllegalArgumentException("item " + number + " needs 2..26 options, has " + options.size());
        }
    }

    /** The letter of option {@code index} (0 -> 'A'). */
    public static char letter(int index) {
        return (char) ('A' + index);
    }

    public Allocation option(int index) {
        return options.get(index);
    }

    public int size() {
        return options.size();
    }
}
