package org.svosim.agents.protocol;

import java.util.List;
import org.svosim.agents.parse.ParseMethod;

/**
 * The agent's answer to one slider item.
 *
 * @param itemNumber   the item's number in the measure (1-based)
 * @param position     the order in which it was asked (0-based)
 * @param shownOrder   {@code shownOrder.get(k)} = original option index displayed as letter k
 * @param rawReply     the reply the answer was finally read from (the agent's text)
 * @param shownChoice  chosen letter index as displayed, or null if invalid
 * @param chosenOption chosen original option index (0 = published 'A'), or null if invalid
 * @param method       how the answer was read
 * @param attempts     number of times the question was asked (1 + re-asks)
 */
public record ItemAnswer(
        int itemNumber,
        int position,
        List<Integer> shownOrder,
        String rawReply,
        Integer shownChoice,
        Integer chosenOption,
        ParseMethod method,
        int attempts) {
    public ItemAnswer {
        shownOrder = List.copyOf(shownOrder);
    }

    public boolean valid() {
        return chosenOption != null;
    }
}
