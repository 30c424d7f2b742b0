package org.svosim.simulation.population;

import java.util.List;
import org.svosim.games.play.History;
import org.svosim.games.play.Payoffs;

/**
 * A finished match as its referee recorded it.
 *
 * @param plan     what was played by whom
 * @param history  the turns completed
 * @param moves    every move asked, by turn and seat (failed ones included)
 * @param status   {@code completed} or {@code abandoned}
 * @param reason   why it was abandoned, else null
 * @param payoffs  the payoffs of the completed rounds, per seat
 */
public record MatchRecord(MatchPlan plan, History history, List<MoveReply> moves, String status, String reason,
                          Payoffs payoffs) {
    public static final String COMPLETED = "completed";
    public static final String ABANDONED = "abandoned";

    public MatchRecord {
        moves = List.copyOf(moves);
    }

    /** This match with its moves {@link MoveReply#withoutTexts() without texts}. */
    MatchRecord withoutTexts() {
        return new MatchRecord(plan, history, moves.stream().map(MoveReply::withoutTexts).toList(), status, reason,
                payoffs);
    }
}
