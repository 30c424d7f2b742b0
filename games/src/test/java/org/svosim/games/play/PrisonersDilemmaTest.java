package org.svosim.games.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svosim.games.play.Bot.both;
import static org.svosim.games.play.PrisonersDilemma.COOPERATE;
import static org.svosim.games.play.PrisonersDilemma.DEFECT;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PrisonersDilemmaTest {
    private final PrisonersDilemma oneShot = new PrisonersDilemma(5, 3, 1, 0, 1);
    private final PrisonersDilemma threeRounds = new PrisonersDilemma(5, 3, 1, 0, 3);

    @ParameterizedTest(name = "{0} vs {1} pays ({2}, {3})")
    @CsvSource({"0, 0, 3, 3", "0, 1, 0, 5", "1, 0, 5, 0", "1, 1, 1, 1"})
    void oneShotPaysTheMatrixCell(int zero, int one, double payZero, double payOne) {
        assertThat(Bot.finalPayoffs(oneShot, Bot.play(oneShot, both(zero, one)))).isEqualTo(Payoffs.of(payZero, payOne));
    }

    @Test
    void bothPlayersAnswerTheSameStageSimultaneously() {
        Stage stage = oneShot.next(History.empty()).orElseThrow();

        assertThat(stage.questions()).extracting(Question::player).containsExactly(0, 1);
        assertThat(stage.questions().get(0).choice().describe(DEFECT)).isEqualTo("defect");
    }

    @Test
    void repeatedGameAddsUpTheRoundsAndEndsAfterTheLastRound() {
        History h = Bot.play(threeRounds, both(COOPERATE, COOPERATE), both(COOPERATE, DEFECT), both(DEFECT, DEFECT));

        assertThat(Bot.finalPayoffs(threeRounds, h)).isEqualTo(Payoffs.of(3 + 0 + 1, 3 + 5 + 1));
        assertThatThrownBy(() -> threeRounds.play(h, both(COOPERATE, COOPERATE))).hasMessageContaining("is over after 3 turns");
    }

    @Test
    void lastRoundQuestionShowsBothPlayersEarlierChoicesAndPayoffsFromEachSide() {
        History h = Bot.play(threeRounds, both(COOPERATE, COOPERATE), both(COOPERATE, DEFECT));
        Stage last = threeRounds.next(h).orElseThrow();

        assertThat(last.round()).isEqualTo(3);
        assertThat(last.questions().get(0).facts()).containsExactly(
                "This is round 3 of 3.",
                "Round 1: you chose cooperate and the other player chose cooperate; you got 3 and the other player got 3.",
                "Round 2: you chose cooperate and the other player chose defect; you got 0 and the other player got 5.");
        assertThat(last.questions().get(1).facts().get(2))
                .isEqualTo("Round 2: you chose defect and the other player chose cooperate; you got 5 and the other player got 0.");
    }

    @Test
    void payoffsSoFarCountOnlyCompletedRounds() {
        History h = Bot.play(threeRounds, both(DEFECT, COOPERATE));

        assertThat(threeRounds.payoffs(h)).isEqualTo(Payoffs.of(5, 0));
        assertThat(threeRounds.outcome(h)).isEmpty();
    }

    @Test
    void payoffsOutOfOrderAreRejectedNamingTheRule() {
        assertThatThrownBy(() -> new PrisonersDilemma(3, 5, 1, 0, 1)).hasMessageContaining("T > R > P > S");
        assertThatThrownBy(() -> new PrisonersDilemma(10, 3, 1, 0, 1))
                .hasMessage("prisoner's dilemma payoffs must satisfy 2R > T + S, got 2R=6, T + S=10");
        assertThatThrownBy(() -> new PrisonersDilemma(5, 3, 1, 0, 0)).hasMessage("rounds must be >= 1, got 0");
    }
}
