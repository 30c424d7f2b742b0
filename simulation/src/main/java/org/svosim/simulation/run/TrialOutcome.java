package org.svosim.simulation.run;

import java.time.Instant;
import java.util.List;
import org.svosim.agents.protocol.InterviewResult;
import org.svosim.games.value.SliderScore;

/**
 * A finished trial: what was planned, what the agent said, the calls made, and the score.
 *
 * @param spec       the planned trial
 * @param provider   provider id of the agent's backend
 * @param modelId    model id of the agent's backend
 * @param status     how it ended
 * @param interview  answers, goal statement, failure reason, transcript
 * @param score      the slider score when {@code status == VALID}, else null
 * @param calls      every model call made for this trial
 * @param startedAt  when the first call was sent
 * @param finishedAt when the trial ended
 */
public record TrialOutcome(TrialSpec spec, String provider, String modelId, TrialStatus status,
                           InterviewResult interview, SliderScore score, List<CallRecord> calls,
                           Instant startedAt, Instant finishedAt) {
    public TrialOutcome {
        calls = List.copyOf(calls);
    }
}
