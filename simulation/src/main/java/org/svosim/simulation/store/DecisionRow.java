package org.svosim.simulation.store;

import java.util.List;
import org.svosim.agents.parse.ParseMethod;

/**
 * One row of the {@code decisions} table: the answer to one slider item in one trial. Choice fields
 * are null when the answer is invalid.
 *
 * @param trialId      the trial
 * @param itemNumber   the item's number in the measure (1-based)
 * @param position     the order in which it was asked (0-based)
 * @param shownOrder   {@code shownOrder.get(k)} = original option index displayed as letter k
 * @param shownLetter  the letter the agent chose, as displayed
 * @param chosenOption chosen original option index (0 = published 'A')
 * @param chosenLetter chosen option's published letter
 * @param payoffSelf   payoff to self of the chosen option
 * @param payoffOther  payoff to the other of the chosen option
 * @param method       how the answer was read
 * @param attempts     times the question was asked (1 + re-asks)
 * @param rawReply     the reply the answer was finally read from
 */
public record DecisionRow(String trialId, int itemNumber, int position, List<Integer> shownOrder,
                          String shownLetter, Integer chosenOption, String chosenLetter, Double payoffSelf,
                          Double payoffOther, ParseMethod method, int attempts, String rawReply) {
    public DecisionRow {
        shownOrder = List.copyOf(shownOrder);
    }

    /** The shown order as stored: "A=C,B=A,..." (displayed letter = published letter). */
    public String shownOrderText() {
        return ShownOrder.format(shownOrder);
    }
}
