package org.svosim.games.play;

import java.util.List;

/** The moves made at one stage, in the order of the stage's questions. */
public record Turn(List<Move> moves) {
    public Turn {
        moves = List.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a turn needs at least one move");
        }
    }

    /** The move of {@code player}; throws if that player did not move in this turn. */
    public Move of(int player) {
        for (Move m : moves) {
            if (m.player() == player) {
                return m;
            }
        }
        throw new IllegalArgumentException("player " + player + " made no move in this turn");
    }

    /** The answer of {@code player} in this turn. */
    public double answer(int player) {
        return of(player).answer();
    }
}
