package org.svosim.games.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.games.play.PrisonersDilemma.COOPERATE;
import static org.svosim.games.play.PrisonersDilemma.DEFECT;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.svosim.games.play.DictatorGame;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.games.play.PublicGoodsGame;
import org.svosim.games.play.Turn;

/** The ideal player of each orientation produces the textbook outcomes. */
class IdealOutcomesTest {
    private static final PrisonersDilemma PD = new PrisonersDilemma(5, 3, 1, 0, 1);
    private static final PublicGoodsGame PUBLIC_GOODS = new PublicGoodsGame(4, 20, 2, 1, 1);

    static History playedBy(Game game, double degrees) {
        return IdealPlayer.playOut(game, Collections.nCopies(game.players(), new IdealPlayer(degrees)));
    }

    private static List<Double> answers(Turn turn) {
        return turn.moves().stream().map(m -> m.answer()).toList();
    }

    @ParameterizedTest(name = "{0} degrees")
    @ValueSource(doubles = {-45, 0})
    void competitiveAndIndividualisticPlayersDefectInTheOneShotDilemma(double degrees) {
        assertThat(answers(playedBy(PD, degrees).turn(0))).containsExactly((double) DEFECT, (double) DEFECT);
    }

    @ParameterizedTest(name = "{0} degrees")
    @ValueSource(doubles = {-45, 0})
    void competitiveAndIndividualisticPlayersFreeRideInPublicGoods(double degrees) {
        assertThat(answers(playedBy(PUBLIC_GOODS, degrees).turn(0))).containsOnly(0.0);
    }

    @Test
    void altruistsContributeEverythingToPublicGoods() {
        assertThat(answers(playedBy(PUBLIC_GOODS, 90).turn(0))).containsOnly(20.0);
    }

    @Test
    void altruisticDictatorGivesEverything() {
        assertThat(playedBy(new DictatorGame(10, 1), 90).turn(0).answer(0)).isEqualTo(10.0);
    }

    @ParameterizedTest(name = "{0} degrees")
    @ValueSource(doubles = {-45, 0})
    void competitiveAndIndividualisticDictatorsGiveNothing(double degrees) {
        assertThat(playedBy(new DictatorGame(10, 1), degrees).turn(0).answer(0)).isZero();
    }

    @Test
    void prosocialDictatorIsIndifferentAndTheTieRuleSplitsFiftyFifty() {
        assertThat(playedBy(new DictatorGame(10, 1), 45).turn(0).answer(0)).isEqualTo(5.0);
    }

    @Test
    void prosocialDictatorWithAnOddEndowmentKeepsTheOddCoin() {
        assertThat(playedBy(new DictatorGame(9, 1), 45).turn(0).answer(0)).isEqualTo(4.0);
    }

    @Test
    void prosocialPlayersCooperateInTheDilemma() {
        assertThat(answers(playedBy(PD, 45).turn(0))).containsExactly((double) COOPERATE, (double) COOPERATE);
    }

    /**
     * Against a cooperator, angle t cooperates iff {@code cos(t) R + sin(t) R > cos(t) T + sin(t) S},
     * i.e. {@code tan t > (T - R) / (R - S)}; at 45 degrees iff {@code R > (T + S) / 2}. With
     * T=5, R=3, S=0 the threshold is atan(2/3) = 33.69 degrees.
     */
    @ParameterizedTest(name = "{0} degrees against a cooperator: cooperate={1}")
    @CsvSource({"33, false", "34, true", "45, true"})
    void cooperationAgainstACooperatorNeedsTanTAboveTMinusROverRMinusS(double degrees, boolean cooperates) {
        History h = PD.play(History.empty(), List.of(new org.svosim.games.play.Move(0, COOPERATE), new org.svosim.games.play.Move(1, COOPERATE)));

        DecisionAssessment a = DecisionAssessment.of(PD, h, PD.decisions(h).get(0), degrees);

        assertThat(a.bestExPost()).containsExactly(cooperates ? COOPERATE : DEFECT);
    }

    /** Against a defector, angle t cooperates iff {@code tan t > (P - S) / (T - P)}: with T=5, P=1, S=0 above 14.04 degrees. */
    @ParameterizedTest(name = "{0} degrees against a defector: cooperate={1}")
    @CsvSource({"14, false", "15, true", "45, true"})
    void cooperationAgainstADefectorNeedsTanTAbovePMinusSOverTMinusP(double degrees, boolean cooperates) {
        History h = PD.play(History.empty(), List.of(new org.svosim.games.play.Move(0, COOPERATE), new org.svosim.games.play.Move(1, DEFECT)));

        DecisionAssessment a = DecisionAssessment.of(PD, h, PD.decisions(h).get(0), degrees);

        assertThat(a.bestExPost()).containsExactly(cooperates ? COOPERATE : DEFECT);
    }

    /** Prosocial (45) contributes everything iff 2m/n > 1 (tan t > (n - m) / m), nothing iff 2m/n < 1. */
    @ParameterizedTest(name = "m = {0}: contributes {1}")
    @CsvSource({"3, 20", "1.5, 0"})
    void prosocialContributesEverythingExactlyWhenTheMultiplierExceedsHalfTheGroup(double multiplier, double contribution) {
        PublicGoodsGame game = new PublicGoodsGame(4, 20, multiplier, 1, 1);

        assertThat(answers(playedBy(game, 45).turn(0))).containsOnly(contribution);
    }
}
