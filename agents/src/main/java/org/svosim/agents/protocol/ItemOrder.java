package org.svosim.agents.protocol;

/**
 * Whether items are asked in published order or shuffled, and whether each item's options
 * are listed in published order or shuffled. Shuffles are drawn from the trial's seed and
 * recorded in every {@link ItemAnswer}.
 */
public record ItemOrder(boolean shuffleItems, boolean shuffleOptions) {
    public static ItemOrder published() {
        return new ItemOrder(false, false);
    }
}
