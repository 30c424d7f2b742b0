package org.svosim.agents.protocol;

import java.util.List;

/**
 * What an interview produced.
 *
 * @param answers       one per item asked, in asking order (absent items if the interview failed)
 * @param goalStatement the goal the agent stated (hvae with goal prompt), or null
 * @param failure       why the interview ended early (a failed model call), or null if it completed
 * @param transcript    every message sent and received, in order
 */
public record InterviewResult(List<ItemAnswer> answers, String goalStatement, String failure,
                              List<TranscriptEntry> transcript) {
    public InterviewResult {
        answers = List.copyOf(answers);
        transcript = List.copyOf(transcript);
    }

    public boolean completed() {
        return failure == null;
    }
}
