package org.svosim.simulation.run;

import org.svosim.games.value.TargetValue;

/**
 * One planned trial: a fresh agent of one backend, induced with one value, interviewed with
 * one protocol variant, for one repetition.
 *
 * @param trialId    stable id, {@code backend/value/protocol/rNN}
 * @param index      position in the plan (0-based)
 * @param backend    backend name from the config
 * @param value      the induced target value
 * @param protocol   protocol variant name from the config
 * @param repetition 0-based repetition index
 * @param seed       seed derived from the run seed and the trial id (recorded)
 */
public record TrialSpec(String trialId, int index, String backend, TargetValue value, String protocol,
                        int repetition, long seed) {
}
