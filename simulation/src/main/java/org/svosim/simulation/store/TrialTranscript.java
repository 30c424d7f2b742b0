package org.svosim.simulation.store;

import java.util.List;

/** One trial and its conversation in order, as read back from the run database. */
public record TrialTranscript(TrialRow trial, List<MessageRow> messages) {
    public TrialTranscript {
        messages = List.copyOf(messages);
    }
}
