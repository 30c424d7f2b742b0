package org.svosim.agents.protocol;

import java.util.List;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SliderItem;

/**
 * One item as it will be asked: its place in the asking order and the order in which its
 * options are shown ({@code shownOrder.get(k)} = original option index shown as letter k).
 */
record ItemPlan(SliderItem item, int position, List<Integer> shownOrder) {
    ItemPlan {
        shownOrder = List.copyOf(shownOrder);
        if (shownOrder.size() != item.size()) {
            throw new IllegalArgumentException("item " + item.number() + " has " + item.size()
                    + " options but the shown order lists " + shownOrder.size());
        }
    }

    int optionCount() {
        return item.size();
    }

    /** The option shown as letter {@code k}. */
    Allocation shownOption(int k) {
        return item.option(shownOrder.get(k));
    }

    char lastLetter() {
        return SliderItem.letter(optionCount() - 1);
    }

    /** The answer record, with the shown letter mapped back to the original option. */
    ItemAnswer answer(String rawReply, Integer shownChoice, ParseMethod method, int attempts) {
        Integer original = shownChoice == null ? null : shownOrder.get(shownChoice);
        return new ItemAnswer(item.number(), position, shownOrder, rawReply, shownChoice, original, method, attempts);
    }
}
