package org.svosim.games.bias;

import java.util.List;

/**
 * Fleiss' kappa over all judges of one condition.
 *
 * @param condition the system-prompt condition
 * @param judges    the judges, sorted
 * @param scenarios how many scenarios every one of them judged (the subjects of the kappa)
 * @param kappa     Fleiss' kappa over labels BIASED / UNBIASED / REJECTED (NaN when undefined)
 */
public record FleissResult(AttackCondition condition, List<String> judges, int scenarios, double kappa) {
    public FleissResult {
        judges = List.copyOf(judges);
    }
}
