package org.svosim.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.simulation.config.FeedbackSpec;

/** What each seat is told after a round, under each feedback setting. */
class RoundNarrationTest {
    private static final PrisonersDilemma PD = new PrisonersDilemma(5, 3, 1, 0, 2);
    /** Round 1: seat 0 cooperates (answer 0), seat 1 defects (answer 1). */
    private static final History ROUND_ONE = PD.play(History.empty(), List.of(new Move(0, 0.0), new Move(1, 1.0)));

    @Test
    void fullFeedbackTellsEveryMoveAndBothPayoffs() {
        List<String> told = RoundNarration.of("pd", PD, ROUND_ONE, 0, FeedbackSpec.DEFAULT);

        assertThat(told.get(0)).isEqualTo("pd, round 1: you (row) chose cooperate; the column chose defect."
                + " You received 0 coins, the other player 5.");
    }

    @Test
    void ownFeedbackLeavesOutTheOthersMoveAndPayoff() {
        List<String> told = RoundNarration.of("pd", PD, ROUND_ONE, 0, FeedbackSpec.parse("own"));

        assertThat(told.get(1)).isEqualTo("pd, round 1: you (column) chose defect. You received 5 coins.");
    }

    @Test
    void noFeedbackTellsNobodyAnything() {
        assertThat(RoundNarration.of("pd", PD, ROUND_ONE, 0, FeedbackSpec.parse("none"))).isEmpty();
    }

    @Test
    void templateIsFilledFromTheSeatsPointOfView() {
        FeedbackSpec template = FeedbackSpec.parse("{{game}} r{{round}} as {{my_role}}: {{my_move}} / {{other_moves}};"
                + " {{my_payoff}} vs {{other_payoffs}}, total {{my_total}}");

        List<String> told = RoundNarration.of("pd", PD, ROUND_ONE, 0, template);

        assertThat(told).containsExactly(
                "pd r1 as row: cooperate / the column chose defect; 0 vs 5, total 0",
                "pd r1 as column: defect / the row chose cooperate; 5 vs 0, total 5");
    }
}
