package org.svosim.games.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Public goods game: each round every one of n players receives an endowment and contributes an
 * amount of it (on the step grid) to a common pot at the same time; the pot is multiplied by m
 * and shared equally. Player i earns {@code endowment - c_i + m * sum(c) / n} per round.
 * Requires {@code 1 < m < n}: contributing raises the group's total but lowers the
 * contributor's own payoff. Each question lists the earlier rounds.
 *
 * @param players    n &gt;= 2
 * @param endowment  coins per player per round, &gt; 0
 * @param multiplier m, with 1 &lt; m &lt; n
 * @param step       smallest unit of a contribution, &gt; 0 and &lt;= endowment
 * @param rounds     number of rounds, &gt;= 1
 */
public record PublicGoodsGame(int players, double endowment, double multiplier, double step, int rounds) implements Game {
    public PublicGoodsGame {
        Require.atLeast("players", players, 2);
        Require.positive("endowment", endowment);
        Require.finite("multiplier m", multiplier);
        if (!(multiplier > 1 && multiplier < players)) {
            throw new IllegalArgumentException("multiplier m must satisfy 1 < m < n (players = " + players + "), got "
                    + Text.amount(multiplier));
        }
        Require.step(step, endowment);
        Require.atLeast("rounds", rounds, 1);
    }

    @Override
    public String name() {
        return "public_goods";
    }

    @Override
    public String rules() {
        String repeat = rounds == 1 ? "" : " The game is played " + rounds + " times with the same group; payoffs add up.";
        return players + " players each get " + Text.amount(endowment) + " coins and decide at the same time how many to put "
                + "into a common pot. The pot is multiplied by " + Text.amount(multiplier) + " and shared equally among all "
                + players + " players; each keeps what they did not put in." + repeat;
    }

    @Override
    public Optional<Stage> next(History history) {
        if (history.size() >= rounds) {
            return Optional.empty();
        }
        List<Question> questions = new ArrayList<>(players);
        for (int p = 0; p < players; p++) {
            questions.add(new Question(p, "contributor", new Choice.Range(0, endowment, step), facts(history, p)));
        }
        return Optional.of(new Stage(history.size() + 1, rounds, questions));
    }

    @Override
    public Payoffs payoffs(History history) {
        Payoffs total = Payoffs.zeros(players);
        for (Turn t : history.turns()) {
            total = total.plus(roundPayoffs(t));
        }
        return total;
    }

    private Payoffs roundPayoffs(Turn turn) {
        double share = multiplier * pot(turn) / players;
        double[] pay = new double[players];
        for (int p = 0; p < players; p++) {
            pay[p] = endowment - turn.answer(p) + share;
        }
        return Payoffs.of(pay);
    }

    private double pot(Turn turn) {
        double sum = 0;
        for (Move m : turn.moves()) {
            sum += m.answer();
        }
        return sum;
    }

    private List<String> facts(History history, int player) {
        List<String> facts = new ArrayList<>();
        facts.add("You have " + Text.amount(endowment) + " coins" + (rounds > 1 ? " in round " + (history.size() + 1)
                + " of " + rounds : "") + ". How many do you put into the common pot?");
        for (int r = 0; r < history.size(); r++) {
            Turn t = history.turn(r);
            facts.add("Round " + (r + 1) + ": you put in " + Text.amount(t.answer(player)) + ", the group put in "
                    + Text.amount(pot(t)) + " in total, and you earned " + Text.amount(roundPayoffs(t).get(player)) + ".");
        }
        return facts;
    }
}
