package org.svosim.simulation.store;

/**
 * One trial's item answers condensed inside the run database: how many, how many unreadable, asked
 * again or read by the extractor, and the payoffs summed over the primary items that carry both.
 */
public record AnswerCount(String trialId, int answers, int invalid, int reasked, int extractor,
                          int primaryWithPayoffs, double payoffSelf, double payoffOther) {
}
