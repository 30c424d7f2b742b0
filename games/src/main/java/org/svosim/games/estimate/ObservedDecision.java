package org.svosim.games.estimate;

import java.util.List;
import org.svosim.games.slider.Allocation;

/**
 * One observed choice: the options as (own, other) payoffs and the index of the one chosen.
 * "Other" is the partner's payoff, or the mean of the others' in an n-player game.
 *
 * @param options at least one option
 * @param chosen  0-based index into {@code options}
 */
public record ObservedDecision(List<Allocation> options, int chosen) {
    public ObservedDecision {
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("an observed decision needs at least one option");
        }
        if (chosen < 0 || chosen >= options.size()) {
            throw new IllegalArgumentException("chosen index " + chosen + " is out of range; expected 0.." + (options.size() - 1));
        }
    }
}
