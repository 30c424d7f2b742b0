package org.svosim.games.play;

import java.util.List;

/** Scripted players in the oTree-bot style: plays the given moves stage by stage. */
final class Bot {
    private Bot() {
    }

    /** Plays one stage per argument (each the moves of that stage) from the empty history. */
    @SafeVarargs
    static History play(Game game, List<Move>... stages) {
        History h = History.empty();
        for (List<Move> moves : stages) {
            h = game.play(h, moves);
        }
        return h;
    }

    static List<Move> one(int player, double answer) {
        return List.of(new Move(player, answer));
    }

    static List<Move> both(double answerOfZero, double answerOfOne) {
        return List.of(new Move(0, answerOfZero), new Move(1, answerOfOne));
    }

    /** The final payoffs; fails if the game is not over. */
    static Payoffs finalPayoffs(Game game, History h) {
        return game.outcome(h).orElseThrow(() -> new AssertionError("game not over after " + h.size() + " turns"));
    }
}
