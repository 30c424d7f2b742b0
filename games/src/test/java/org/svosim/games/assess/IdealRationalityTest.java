package org.svosim.games.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.svosim.games.play.DictatorGame;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.games.play.PublicGoodsGame;
import org.svosim.games.play.SliderGame;
import org.svosim.games.play.TrustGame;
import org.svosim.games.play.UltimatumGame;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SvoCategory;

/** Ideal players score value rationality 1 on their own decisions. */
class IdealRationalityTest {
    private static final List<Game> GAMES = List.of(
            SliderGame.mutual(MurphySliderItems.all().items()),
            new DictatorGame(10, 1),
            new UltimatumGame(10, 1),
            new PrisonersDilemma(5, 3, 1, 0, 3),
            new PublicGoodsGame(3, 10, 2, 1, 1),
            new TrustGame(10, 3, 1));

    static Stream<Arguments> gamesByOrientation() {
        List<Arguments> cases = new ArrayList<>();
        for (Game g : GAMES) {
            for (SvoCategory c : SvoCategory.values()) {
                cases.add(Arguments.of(g.name(), c, g));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("gamesByOrientation")
    void idealPlayersOfTheFourOrientationsScoreOneExPostAndUnderTheUniformBelief(String name, SvoCategory category, Game game) {
        double degrees = category.ringAngle();
        History h = IdealPlayer.playOut(game, Collections.nCopies(game.players(), new IdealPlayer(degrees)));

        for (int seat = 0; seat < game.players(); seat++) {
            GameAssessment a = GameAssessment.of(game, h, seat, degrees);
            for (DecisionAssessment d : a.decisions()) {
                assertThat(d.rationalityUniform()).as("uniform, seat %d turn %d", seat, d.decision().turn()).isEqualTo(1.0);
                assertThat(d.rationalityExPost()).as("ex post, seat %d turn %d", seat, d.decision().turn()).isEqualTo(1.0);
            }
        }
    }

    /**
     * At 20 degrees (T=5, R=3, P=1, S=0) the ideal player defects under the uniform belief
     * (cooperating needs tan t > 3/7, 23.2 degrees) but against an actual defector cooperating
     * would have been better (needs only tan t > 1/4): ex post it scores 0, under its belief 1.
     */
    @Test
    void idealPlayerBetweenTheThresholdsScoresOneUnderItsBeliefButZeroExPostAgainstADefector() {
        PrisonersDilemma pd = new PrisonersDilemma(5, 3, 1, 0, 1);
        Move ideal = new IdealPlayer(20).move(pd, History.empty(), 0);
        History h = pd.play(History.empty(), List.of(ideal, new Move(1, PrisonersDilemma.DEFECT)));

        DecisionAssessment d = DecisionAssessment.of(pd, h, pd.decisions(h).get(0), 20);

        assertThat(ideal.answer()).isEqualTo(PrisonersDilemma.DEFECT);
        assertThat(d.rationalityUniform()).isEqualTo(1.0);
        assertThat(d.rationalityExPost()).isZero();
        assertThat(d.bestExPost()).containsExactly(PrisonersDilemma.COOPERATE);
    }
}
