package org.svosim.simulation.store;

import java.util.List;

/** One trial exactly as the run database stored it: its row, its item answers and its messages, in order. */
public record SavedTrial(TrialRow trial, List<DecisionRow> decisions, List<MessageRow> messages) {
    public SavedTrial {
        decisions = List.copyOf(decisions);
        messages = List.copyOf(messages);
    }
}
