package org.svosim.games.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svosim.games.play.DictatorGame;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.games.play.PublicGoodsGame;
import org.svosim.games.play.SliderGame;
import org.svosim.games.play.UltimatumGame;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.value.ValueRationality;

class DecisionAssessmentTest {
    private static DecisionAssessment judge(Game game, History h, int index, double degrees) {
        return DecisionAssessment.of(game, h, game.decisions(h).get(index), degrees);
    }

    private static List<Move> contributions(double... amounts) {
        List<Move> moves = new ArrayList<>();
        for (int p = 0; p < amounts.length; p++) {
            moves.add(new Move(p, amounts[p]));
        }
        return moves;
    }

    @Test
    void individualisticDictatorGivingThreeOfTenScoresSevenTenths() {
        DictatorGame game = new DictatorGame(10, 1);

        assertThat(judge(game, game.play(History.empty(), new Move(0, 3)), 0, 0).rationalityExPost()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void individualisticResponderRejectingFourScoresZero() {
        UltimatumGame game = new UltimatumGame(10, 1);
        History h = game.play(game.play(History.empty(), new Move(0, 4)), new Move(1, UltimatumGame.REJECT));

        DecisionAssessment d = judge(game, h, 1, 0);

        assertThat(d.exPost()).containsExactly(new Allocation(4, 6), new Allocation(0, 0));
        assertThat(d.rationalityExPost()).isZero();
    }

    @Test
    void proposerIsJudgedAnticipatingAResponderOfItsOwnAngle() {
        UltimatumGame game = new UltimatumGame(10, 1);
        History h = game.play(game.play(History.empty(), new Move(0, 5)), new Move(1, UltimatumGame.ACCEPT));

        DecisionAssessment d = judge(game, h, 0, 0);

        // offer 0 is rejected by an angle-0 responder (tie rule), offer o >= 1 accepted: 10 - o, best 9 at o = 1
        assertThat(d.exPost().get(0)).isEqualTo(new Allocation(0, 0));
        assertThat(d.exPost().get(5)).isEqualTo(new Allocation(5, 5));
        assertThat(d.bestExPost()).containsExactly(1);
        assertThat(d.rationalityExPost()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(d.exPost()).isEqualTo(d.uniform());
    }

    @Test
    void publicGoodsOtherIsTheMeanOfTheOtherPlayersPayoffs() {
        PublicGoodsGame game = new PublicGoodsGame(4, 20, 2, 1, 1);
        History h = game.play(History.empty(), contributions(0, 20, 0, 0));

        DecisionAssessment d = judge(game, h, 0, 0);

        // own = 30 - c/2; others: 10 + c/2, 30 + c/2, 30 + c/2 -> mean 23.33 + c/2
        assertThat(d.exPost().get(0).self()).isCloseTo(30, within(1e-9));
        assertThat(d.exPost().get(0).other()).isCloseTo(70.0 / 3, within(1e-9));
        assertThat(d.exPost().get(20).self()).isCloseTo(20, within(1e-9));
        assertThat(d.exPost().get(20).other()).isCloseTo(70.0 / 3 + 10, within(1e-9));
        // uniform: others contribute 10 on average: own = 35 - c/2, others' mean = 25 + c/2
        assertThat(d.uniform().get(0).self()).isCloseTo(35, within(1e-9));
        assertThat(d.uniform().get(0).other()).isCloseTo(25, within(1e-9));
    }

    @Test
    void transformedUtilityWeighsOwnPayoffAgainstTheMeanOfTheOthers() {
        org.svosim.games.play.Payoffs p = org.svosim.games.play.Payoffs.of(10, 20, 40);

        assertThat(Perspective.utility(p, 0, 90)).isCloseTo(30, within(1e-12));
        assertThat(Perspective.utility(p, 0, 0)).isCloseTo(10, within(1e-12));
        assertThat(Perspective.utility(p, 2, 45)).isCloseTo((40 + 15) / Math.sqrt(2), within(1e-12));
    }

    @Test
    void smallGroupsEnumerateEveryCombinationOfTheOthersAmounts() {
        PublicGoodsGame game = new PublicGoodsGame(3, 10, 2, 1, 1); // 11^2 combinations of the others
        History h = game.play(History.empty(), contributions(0, 0, 0));

        DecisionAssessment d = judge(game, h, 0, 0);

        // uniform mean 5 each: own = 10 - c + 2 (c + 10) / 3; others' mean = 5 + 2 (c + 10) / 3
        assertThat(d.uniform().get(0).self()).isCloseTo(10 + 20.0 / 3, within(1e-9));
        assertThat(d.uniform().get(10).other()).isCloseTo(5 + 40.0 / 3, within(1e-9));
    }

    @Test
    void largeGroupsUseTheRangeEndsWhichGiveTheSameExpectationForLinearPayoffs() {
        PublicGoodsGame game = new PublicGoodsGame(6, 20, 3, 1, 1); // 21^5 combinations of the others
        History h = game.play(History.empty(), contributions(4, 0, 0, 0, 0, 0));

        DecisionAssessment d = judge(game, h, 0, 0);

        // uniform mean 10 each: own = 20 - c + 3 (c + 50) / 6; others' mean = 10 + 3 (c + 50) / 6
        assertThat(d.uniform().get(4).self()).isCloseTo(16 + 27, within(1e-9));
        assertThat(d.uniform().get(4).other()).isCloseTo(10 + 27, within(1e-9));
    }

    @Test
    void perGameMeanAveragesThePlayersRounds() {
        PrisonersDilemma pd = new PrisonersDilemma(5, 3, 1, 0, 3);
        History h = History.empty();
        h = pd.play(h, List.of(new Move(0, PrisonersDilemma.COOPERATE), new Move(1, PrisonersDilemma.COOPERATE)));
        h = pd.play(h, List.of(new Move(0, PrisonersDilemma.DEFECT), new Move(1, PrisonersDilemma.COOPERATE)));
        h = pd.play(h, List.of(new Move(0, PrisonersDilemma.DEFECT), new Move(1, PrisonersDilemma.DEFECT)));

        GameAssessment a = GameAssessment.of(pd, h, 0, 0);

        assertThat(a.decisions()).extracting(DecisionAssessment::rationalityExPost).containsExactly(0.0, 1.0, 1.0);
        assertThat(a.meanRationalityExPost()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void oneWaySliderRationalityAgreesWithTheSliderChoiceRationality() {
        List<SliderItem> items = MurphySliderItems.all().items();
        SliderGame game = SliderGame.oneWay(items);
        Map<Integer, Integer> choices = new HashMap<>();
        History h = History.empty();
        for (SliderItem item : items) {
            int choice = (item.number() * 5) % 9;
            choices.put(item.number(), choice);
            h = game.play(h, new Move(0, choice));
        }

        GameAssessment a = GameAssessment.of(game, h, 0, 45);

        assertThat(a.meanRationalityExPost()).isCloseTo(ValueRationality.choiceRationality(items, choices, 45), within(1e-12));
    }
}
