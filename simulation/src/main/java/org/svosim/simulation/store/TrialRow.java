package org.svosim.simulation.store;

import java.time.Instant;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.run.TrialStatus;

/**
 * One row of the {@code trials} table (docs/outputs.md). Score fields are null unless the trial is
 * valid; {@code categoryHit} and {@code targetCategory} are null for explicit-angle targets.
 *
 * @param trialId           stable trial id ({@code backend/value/protocol/rNN})
 * @param planIndex         position in the plan, from 0
 * @param backend           backend name from the config
 * @param provider          provider id of the backend (openai, ollama, anthropic, simulated)
 * @param modelId           model id of the backend
 * @param valueLabel        the target's label ("prosocial", "angle_30")
 * @param targetDegrees     the target angle theta* (degrees)
 * @param targetCategory    the named target's category, null for explicit angles
 * @param protocol          protocol variant name
 * @param repetition        repetition index, from 0
 * @param seed              the trial's seed
 * @param status            valid, invalid or failed
 * @param failure           why the trial failed, or null
 * @param angle             measured SVO angle (degrees)
 * @param category          category of {@code angle}
 * @param idealLow          lower end of the target's ideal angle interval (degrees)
 * @param idealHigh         upper end of the target's ideal angle interval (degrees)
 * @param angleError        signed distance (degrees) from {@code angle} to the ideal interval
 * @param valueRationality  1 - |angleError| / 77.65, clipped to [0, 1]
 * @param categoryHit       measured category equals the target category
 * @param choiceRationality mean normalised target utility of the chosen options
 * @param iaIndex           inequality-aversion index, or null when undefined
 * @param goalStatement     the goal the agent stated, or null
 * @param nItemsInvalid     item answers with no valid choice
 * @param nCalls            model calls made (agent and extractor)
 * @param inputTokens       prompt tokens summed over the calls that reported them, or null if none did
 * @param outputTokens      completion tokens summed likewise, or null
 * @param startedAt         when the first call was sent
 * @param finishedAt        when the trial ended
 * @param durationMs        {@code finishedAt - startedAt} in milliseconds
 */
public record TrialRow(String trialId, int planIndex, String backend, String provider, String modelId,
                       String valueLabel, double targetDegrees, SvoCategory targetCategory, String protocol,
                       int repetition, long seed, TrialStatus status, String failure, Double angle,
                       SvoCategory category, Double idealLow, Double idealHigh, Double angleError,
                       Double valueRationality, Boolean categoryHit, Double choiceRationality, Double iaIndex,
                       String goalStatement, int nItemsInvalid, int nCalls, Long inputTokens, Long outputTokens,
                       Instant startedAt, Instant finishedAt, Long durationMs) {

    public boolean valid() {
        return status == TrialStatus.VALID;
    }
}
