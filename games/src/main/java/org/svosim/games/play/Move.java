package org.svosim.games.play;

/**
 * One player's answer to one question.
 *
 * @param player the deciding player's seat (0-based)
 * @param answer for an option list the chosen option's index (0 = first); for a range the amount
 */
public record Move(int player, double answer) {
    public Move {
        if (player < 0) {
            throw new IllegalArgumentException("player seat must be >= 0, got " + player);
        }
        Require.finite("answer", answer);
    }

    /** The chosen option's index; throws if the answer is not a whole number. */
    public int optionIndex() {
        if (answer != Math.rint(answer)) {
            throw new IllegalStateException("answer " + answer + " is an amount, not an option index");
        }
        return (int) answer;
    }
}
