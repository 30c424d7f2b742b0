package org.svosim.games.play;

import java.util.List;
import java.util.Optional;

/**
 * Dictator game: seat 0 (the dictator) splits an endowment, giving any amount on the step grid
 * to seat 1, who has no say. Payoffs: (endowment - given, given).
 *
 * @param endowment the coins to split, &gt; 0
 * @param step      the smallest unit that can be given (1 = whole coins), &gt; 0 and &lt;= endowment
 */
public record DictatorGame(double endowment, double step) implements Game {
    public DictatorGame {
        Require.positive("endowment", endowment);
        Require.step(step, endowment);
    }

    @Override
    public String name() {
        return "dictator";
    }

    @Override
    public String rules() {
        return "The dictator has " + Text.amount(endowment) + " coins and decides how many to give to the other player, "
                + "who keeps what is given; the dictator keeps the rest. The other player has no say.";
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public Optional<Stage> next(History history) {
        if (history.size() > 0) {
            return Optional.empty();
        }
        Question give = new Question(0, "dictator", new Choice.Range(0, endowment, step),
                List.of("You have " + Text.amount(endowment) + " coins. How many do you give to the other player?"));
        return Optional.of(new Stage(1, 1, List.of(give)));
    }

    @Override
    public Payoffs payoffs(History history) {
        if (history.size() == 0) {
            return Payoffs.zeros(2);
        }
        double given = history.turn(0).answer(0);
        return Payoffs.of(endowment - given, given);
    }
}
