package org.svosim.simulation.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Groups a stream of messages (in the plan order of their trials) into one {@link TrialTranscript} per
 * trial of a given list, handing each on as soon as it is complete: trials without messages get an
 * empty conversation, messages of trials not in the list are skipped.
 */
final class TranscriptCursor implements Consumer<MessageRow> {
    private final List<TrialRow> trials;
    private final Map<String, Integer> position = new HashMap<>();
    private final Consumer<TrialTranscript> action;
    private int next;
    private List<MessageRow> current = new ArrayList<>();

    TranscriptCursor(List<TrialRow> trials, Consumer<TrialTranscript> action) {
        this.trials = trials;
        this.action = action;
        for (int i = 0; i < trials.size(); i++) {
            position.put(trials.get(i).trialId(), i);
        }
    }

    @Override
    public void accept(MessageRow m) {
        Integer at = position.get(m.trialId());
        if (at == null || at < next) {
            return;
        }
        while (next < at) {
            emit();
        }
        current.add(m);
    }

    /** Hands on the trials left (the last one with messages, the rest empty). */
    void finish() {
        while (next < trials.size()) {
            emit();
        }
    }

    private void emit() {
        action.accept(new TrialTranscript(trials.get(next), current));
        current = new ArrayList<>();
        next++;
    }
}
