package org.svosim.games.bias;

/**
 * How consistently two judges label the scenarios both judged under one condition.
 *
 * @param judgeA    the first judge (alphabetically)
 * @param judgeB    the second judge
 * @param condition the system-prompt condition
 * @param agreement share of common scenarios with the same label (REJECTED counts as a label), with its interval
 * @param kappa     Cohen's kappa over the same scenarios (NaN when undefined)
 */
public record PairAgreement(String judgeA, String judgeB, AttackCondition condition, Rate agreement, double kappa) {
}
