package org.svosim.games.play;

import java.util.List;
import java.util.Optional;

/**
 * A custom continuous split: seat 0 gives an amount {@code x} of an endowment (on the step grid);
 * it keeps {@code endowment - x} and seat 1 receives {@code transferRate * x}. With a rate of 1
 * this is the dictator game; other rates change the price of giving.
 *
 * @param name         identifier of the custom game
 * @param endowment    the coins to split, &gt; 0
 * @param step         smallest unit that can be given, &gt; 0 and &lt;= endowment
 * @param transferRate what each coin given is worth to the receiver, &gt; 0
 */
public record SplitGame(String name, double endowment, double step, double transferRate) implements Game {
    public SplitGame {
        Require.name("game name", name);
        Require.positive("endowment", endowment);
        Require.step(step, endowment);
        Require.positive("transfer rate", transferRate);
    }

    @Override
    public String rules() {
        return "The decider has " + Text.amount(endowment) + " coins and decides how many to give away; each coin given is worth "
                + Text.amount(transferRate) + " to the other player. The decider keeps the rest.";
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
        Question give = new Question(0, "decider", new Choice.Range(0, endowment, step),
                List.of("You have " + Text.amount(endowment) + " coins; each coin you give is worth "
                        + Text.amount(transferRate) + " to the other player. How many do you give?"));
        return Optional.of(new Stage(1, 1, List.of(give)));
    }

    @Override
    public Payoffs payoffs(History history) {
        if (history.size() == 0) {
            return Payoffs.zeros(2);
        }
        double given = history.turn(0).answer(0);
        return Payoffs.of(endowment - given, transferRate * given);
    }
}
