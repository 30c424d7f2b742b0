package org.svosim.games.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A two-player matrix game played simultaneously for a number of rounds: each round seat 0
 * picks a row and seat 1 a column without seeing the other's pick; payoffs add up over rounds.
 * Each question lists the earlier rounds (both players' picks and payoffs).
 *
 * @param name   identifier of the game
 * @param matrix the payoffs
 * @param rounds number of rounds, &gt;= 1
 */
public record MatrixGame(String name, PayoffMatrix matrix, int rounds) implements Game {
    public MatrixGame {
        Require.name("game name", name);
        if (matrix == null) {
            throw new IllegalArgumentException("a matrix game needs a payoff matrix");
        }
        Require.atLeast("rounds", rounds, 1);
    }

    @Override
    public String rules() {
        String repeat = rounds == 1 ? "once" : rounds + " times; payoffs add up over the rounds";
        return "Two players choose at the same time without seeing each other's choice: the row player one of "
                + matrix.rowLabels() + ", the column player one of " + matrix.columnLabels()
                + ". Each pair of choices pays each player a fixed amount. The game is played " + repeat + ".";
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public Optional<Stage> next(History history) {
        if (history.size() >= rounds) {
            return Optional.empty();
        }
        int round = history.size() + 1;
        return Optional.of(new Stage(round, rounds, List.of(
                new Question(0, "row", new Choice.Options(options(0)), facts(history, 0)),
                new Question(1, "column", new Choice.Options(options(1)), facts(history, 1)))));
    }

    @Override
    public Payoffs payoffs(History history) {
        Payoffs total = Payoffs.zeros(2);
        for (Turn t : history.turns()) {
            total = total.plus(matrix.at(t.of(0).optionIndex(), t.of(1).optionIndex()));
        }
        return total;
    }

    private List<Option> options(int player) {
        List<String> own = player == 0 ? matrix.rowLabels() : matrix.columnLabels();
        List<String> theirs = player == 0 ? matrix.columnLabels() : matrix.rowLabels();
        List<Option> options = new ArrayList<>(own.size());
        for (int i = 0; i < own.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < theirs.size(); j++) {
                Payoffs cell = player == 0 ? matrix.at(i, j) : matrix.at(j, i);
                parts.add("if the other player chooses " + theirs.get(j) + ", you get " + Text.amount(cell.get(player))
                        + " and they get " + Text.amount(cell.get(1 - player)));
            }
            options.add(new Option(own.get(i), String.join("; ", parts)));
        }
        return options;
    }

    private List<String> facts(History history, int player) {
        List<String> facts = new ArrayList<>();
        if (rounds > 1) {
            facts.add("This is round " + (history.size() + 1) + " of " + rounds + ".");
        }
        for (int r = 0; r < history.size(); r++) {
            Turn t = history.turn(r);
            int row = t.of(0).optionIndex();
            int column = t.of(1).optionIndex();
            Payoffs cell = matrix.at(row, column);
            String mine = player == 0 ? matrix.rowLabels().get(row) : matrix.columnLabels().get(column);
            String theirs = player == 0 ? matrix.columnLabels().get(column) : matrix.rowLabels().get(row);
            facts.add("Round " + (r + 1) + ": you chose " + mine + " and the other player chose " + theirs + "; you got "
                    + Text.amount(cell.get(player)) + " and the other player got " + Text.amount(cell.get(1 - player)) + ".");
        }
        return facts;
    }
}
