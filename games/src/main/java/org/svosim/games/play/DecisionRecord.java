package org.svosim.games.play;

/**
 * One decision taken in a played game, as replayed from its history.
 *
 * @param turn     0-based index of the turn in the history
 * @param round    1-based round of the stage
 * @param question what the player was asked
 * @param move     what the player answered
 */
public record DecisionRecord(int turn, int round, Question question, Move move) {
}
