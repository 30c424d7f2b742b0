package org.svosim.games.assess;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.play.Choice;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.Payoffs;
import org.svosim.games.play.Question;
import org.svosim.games.play.Stage;
import org.svosim.games.play.Turn;
import org.svosim.games.slider.Allocation;

/**
 * What each answer of a decision leads to: the decider's (own, mean of others) payoffs of the
 * round the decision belongs to.
 *
 * <p>The other answers at the same stage follow the {@link Belief}. Later stages of the same round
 * (the responder after an ultimatum offer, the returner after a trust transfer) are played by
 * ideal players of the decider's angle: the first mover anticipates a responder who shares its
 * orientation. Each decision is judged by its own round's payoffs; later rounds of a repeated game
 * are not anticipated (no reputation or continuation value).
 *
 * <p>Under the uniform belief the others' answers are enumerated exactly while there are at most
 * {@link #MAX_PROFILES} combinations; beyond that each other player's range is replaced by its two
 * ends, weighted to keep the uniform mean, which is exact for payoffs linear in each other
 * player's amount (as in public goods) and refused for option lists.
 */
final class Outlook {
    static final int MAX_PROFILES = 1_000;

    private Outlook() {
    }

    /** For each answer of {@code player}'s question at the stage after {@code before}, in the choice's order. */
    static List<Allocation> perAnswer(Game game, History before, int player, Turn actual, double degrees) {
        Stage stage = game.next(before).orElseThrow(() -> new IllegalArgumentException(
                game.name() + " is over after " + before.size() + " turns: there is no decision to judge"));
        int asked = stage.indexOf(player);
        if (asked < 0) {
            throw new IllegalArgumentException(game.name() + ": player " + player + " is not asked at turn " + before.size());
        }
        List<Support> supports = new ArrayList<>();
        for (Question q : stage.questions()) {
            supports.add(actual == null ? Support.uniform(q.choice()) : Support.fixed(actual.answer(q.player())));
        }
        supports = Support.affordable(supports, asked, MAX_PROFILES);
        Payoffs base = game.payoffs(before);
        List<Allocation> out = new ArrayList<>();
        for (double answer : stage.questions().get(asked).choice().answers()) {
            supports.set(asked, Support.fixed(answer));
            out.add(Perspective.of(expected(game, before, stage, supports, degrees).minus(base), player));
        }
        return out;
    }

    /**
     * True when every answer of {@code player} at the stage after {@code before}, with the others'
     * answers of {@code actual}, ends the round: the decision's consequences then do not depend on
     * anyone's later choices (nor on the angle assumed for them).
     */
    static boolean endsRound(Game game, History before, int player, Turn actual) {
        Stage stage = game.next(before).orElseThrow();
        for (double answer : stage.questions().get(stage.indexOf(player)).choice().answers()) {
            List<Move> moves = new ArrayList<>();
            for (Question q : stage.questions()) {
                moves.add(new Move(q.player(), q.player() == player ? answer : actual.answer(q.player())));
            }
            Stage after = game.next(before.with(new Turn(moves))).orElse(null);
            if (after != null && after.round() == stage.round()) {
                return false;
            }
        }
        return true;
    }

    /** {@code history} continued to the end of {@code round} by ideal players of {@code degrees}. */
    static History finishRound(Game game, History history, int round, double degrees) {
        History h = history;
        while (true) {
            Stage stage = game.next(h).orElse(null);
            if (stage == null || stage.round() != round) {
                return h;
            }
            List<Move> moves = new ArrayList<>();
            for (Question q : stage.questions()) {
                moves.add(new Move(q.player(), idealAnswer(game, h, stage, q, degrees)));
            }
            h = h.with(new Turn(moves));
        }
    }

    /** The answer the ideal player of {@code degrees} gives to {@code question} at the stage after {@code h}. */
    static double idealAnswer(Game game, History h, Stage stage, Question question, double degrees) {
        Choice choice = question.choice();
        List<Double> answers = choice.answers();
        if (answers.size() == 1) {
            return answers.get(0);
        }
        return answers.get(TieRule.pick(perAnswer(game, h, question.player(), null, degrees), degrees));
    }

    private static Payoffs expected(Game game, History before, Stage stage, List<Support> supports, double degrees) {
        int n = supports.size();
        int[] index = new int[n];
        Payoffs sum = Payoffs.zeros(game.players());
        while (true) {
            List<Move> moves = new ArrayList<>(n);
            double weight = 1;
            for (int q = 0; q < n; q++) {
                Support s = supports.get(q);
                moves.add(new Move(stage.questions().get(q).player(), s.answers().get(index[q])));
                weight *= s.weights().get(index[q]);
            }
            History end = finishRound(game, before.with(new Turn(moves)), stage.round(), degrees);
            sum = sum.plus(game.payoffs(end).times(weight));
            int q = 0;
            while (q < n && ++index[q] == supports.get(q).answers().size()) {
                index[q++] = 0;
            }
            if (q == n) {
                return sum;
            }
        }
    }
}
