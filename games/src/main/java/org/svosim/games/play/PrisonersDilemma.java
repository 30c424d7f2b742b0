package org.svosim.games.play;

import java.util.List;
import java.util.Optional;

/**
 * Prisoner's dilemma, one-shot ({@code rounds = 1}) or repeated: both players choose cooperate
 * (option 0) or defect (option 1) at the same time; mutual cooperation pays R each, mutual
 * defection P each, a defector against a cooperator gets T and the cooperator S. Requires
 * {@code T > R > P > S} and {@code 2R > T + S} (alternating exploitation pays less than steady
 * cooperation). Each question lists both players' earlier choices and payoffs.
 *
 * @param temptation T
 * @param reward     R
 * @param punishment P
 * @param sucker     S
 * @param rounds     number of rounds, &gt;= 1
 */
public record PrisonersDilemma(double temptation, double reward, double punishment, double sucker, int rounds)
        implements Game {
    /** Option index of cooperating. */
    public static final int COOPERATE = 0;
    /** Option index of defecting. */
    public static final int DEFECT = 1;

    public PrisonersDilemma {
        Require.finite("temptation T", temptation);
        Require.finite("reward R", reward);
        Require.finite("punishment P", punishment);
        Require.finite("sucker S", sucker);
        if (!(temptation > reward && reward > punishment && punishment > sucker)) {
            throw new IllegalArgumentException("prisoner's dilemma payoffs must satisfy T > R > P > S, got T=" + Text.amount(temptation)
                    + ", R=" + Text.amount(reward) + ", P=" + Text.amount(punishment) + ", S=" + Text.amount(sucker));
        }
        if (!(2 * reward > temptation + sucker)) {
            throw new IllegalArgumentException("prisoner's dilemma payoffs must satisfy 2R > T + S, got 2R=" + Text.amount(2 * reward)
                    + ", T + S=" + Text.amount(temptation + sucker));
        }
        Require.atLeast("rounds", rounds, 1);
    }

    /** The same game as a {@link MatrixGame} with rows and columns (cooperate, defect). */
    public MatrixGame asMatrixGame() {
        List<String> labels = List.of("cooperate", "defect");
        PayoffMatrix matrix = new PayoffMatrix(labels, labels,
                List.of(List.of(reward, sucker), List.of(temptation, punishment)),
                List.of(List.of(reward, temptation), List.of(sucker, punishment)));
        return new MatrixGame(name(), matrix, rounds);
    }

    @Override
    public String name() {
        return "prisoners_dilemma";
    }

    @Override
    public String rules() {
        String repeat = rounds == 1 ? "The game is played once." : "The game is played " + rounds
                + " times with the same partner; payoffs add up and both see all earlier choices.";
        return "Both players choose at the same time to cooperate or defect. If both cooperate each gets "
                + Text.amount(reward) + "; if both defect each gets " + Text.amount(punishment)
                + "; if one defects and the other cooperates, the defector gets " + Text.amount(temptation)
                + " and the cooperator " + Text.amount(sucker) + ". " + repeat;
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public Optional<Stage> next(History history) {
        return asMatrixGame().next(history);
    }

    @Override
    public Payoffs payoffs(History history) {
        return asMatrixGame().payoffs(history);
    }
}
