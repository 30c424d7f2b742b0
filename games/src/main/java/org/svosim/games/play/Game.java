package org.svosim.games.play;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An allocation game between {@link #players()} seats: a pure function from the history of moves
 * to the next {@link Stage} (who decides, what they may answer) and to the payoffs. Games hold
 * only their parameters; a match is a {@link History} grown with {@link #play}.
 *
 * <p>Payoffs are settled per round: {@link #payoffs} adds up the rounds completed in a history,
 * so a round's payoffs are the difference between the history after and before it.
 */
public sealed interface Game
        permits SliderGame, DictatorGame, UltimatumGame, MatrixGame, PrisonersDilemma, PublicGoodsGame,
                TrustGame, OptionListGame, SplitGame {

    /** A short identifier for tables, e.g. "ultimatum". */
    String name();

    /** The rules in plain words, the same for every player. */
    String rules();

    /** Number of player seats (seat 0 moves first in sequential games). */
    int players();

    /** The next stage, or empty when the game is over. Assumes {@code history} was built with {@link #play}. */
    Optional<Stage> next(History history);

    /** The payoffs of the rounds completed in {@code history} (all zeros before the first round ends). */
    Payoffs payoffs(History history);

    /** The final payoffs if the game is over after {@code history}, else empty. */
    default Optional<Payoffs> outcome(History history) {
        return next(history).isEmpty() ? Optional.of(payoffs(history)) : Optional.empty();
    }

    /**
     * {@code history} followed by the answers to the next stage: one move per question, in any
     * order. Amounts are snapped onto the range's grid.
     *
     * @throws IllegalArgumentException if the game is over, a question has no move or two, a move
     *                                  comes from a player not asked, or an answer is not allowed
     */
    default History play(History history, List<Move> moves) {
        Stage stage = next(history).orElseThrow(() -> new IllegalArgumentException(
                name() + " is over after " + history.size() + " turns; no more moves are accepted"));
        Map<Integer, Move> byPlayer = new HashMap<>();
        for (Move m : moves) {
            if (stage.indexOf(m.player()) < 0) {
                throw new IllegalArgumentException(name() + ": player " + m.player() + " is not asked at turn "
                        + history.size() + " (asked: " + stage.questions().stream().map(Question::player).toList() + ")");
            }
            if (byPlayer.put(m.player(), m) != null) {
                throw new IllegalArgumentException(name() + ": player " + m.player() + " answered twice at turn " + history.size());
            }
        }
        List<Move> ordered = new ArrayList<>(stage.questions().size());
        for (Question q : stage.questions()) {
            Move m = byPlayer.get(q.player());
            if (m == null) {
                throw new IllegalArgumentException(name() + ": player " + q.player() + " (" + q.role()
                        + ") has not answered at turn " + history.size());
            }
            double answer;
            try {
                answer = q.choice().canonical(m.answer());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name() + ": player " + q.player() + " (" + q.role() + ") at turn "
                        + history.size() + ": " + e.getMessage(), e);
            }
            ordered.add(new Move(q.player(), answer));
        }
        return history.with(new Turn(ordered));
    }

    /** {@link #play} for a stage with a single question. */
    default History play(History history, Move move) {
        return play(history, List.of(move));
    }

    /** Every decision in {@code history}, in order, with the question it answered. */
    default List<DecisionRecord> decisions(History history) {
        List<DecisionRecord> out = new ArrayList<>();
        for (int t = 0; t < history.size(); t++) {
            Stage stage = next(history.prefix(t)).orElseThrow(() -> new IllegalArgumentException(
                    name() + ": the history runs past the end of the game"));
            Turn turn = history.turn(t);
            for (Question q : stage.questions()) {
                out.add(new DecisionRecord(t, stage.round(), q, turn.of(q.player())));
            }
        }
        return out;
    }
}
