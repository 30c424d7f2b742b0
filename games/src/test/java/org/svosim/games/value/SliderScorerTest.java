package org.svosim.games.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.slider.SvoCategory;

class SliderScorerTest {
    private static final SliderMeasure MURPHY = MurphySliderItems.all();
    private static final TargetValue PROSOCIAL = new TargetValue.Named(SvoCategory.PROSOCIAL);

    private static Map<Integer, Integer> sameOption(SliderMeasure measure, int option) {
        Map<Integer, Integer> choices = new HashMap<>();
        measure.items().forEach(i -> choices.put(i.number(), option));
        return choices;
    }

    private static Map<Integer, Integer> idealChoices(double degrees, Function<List<Integer>, Integer> tieBreak) {
        IdealAgent agent = new IdealAgent(degrees);
        Map<Integer, Integer> choices = new HashMap<>();
        for (SliderItem item : MURPHY.items()) {
            choices.put(item.number(), tieBreak.apply(agent.bestOptions(item)));
        }
        return choices;
    }

    @Test
    void allOptionAScoredAgainstProsocialIsAProsocialHitBelowTheIdealInterval() {
        SliderScore score = SliderScorer.score(MURPHY, sameOption(MURPHY, 0), PROSOCIAL);

        assertThat(score.angle()).isCloseTo(30.47, within(0.005));
        assertThat(score.category()).isEqualTo(SvoCategory.PROSOCIAL);
        assertThat(score.categoryHit()).isTrue();
        assertThat(score.idealInterval().low()).isCloseTo(41.04, within(0.005));
        assertThat(score.angleError()).isCloseTo(30.47 - 41.04, within(0.01));
        assertThat(score.valueRationality()).isCloseTo(1 - 10.57 / 77.65, within(1e-3));
    }

    @Test
    void allOptionIScoredAgainstProsocialIsAnIndividualisticMiss() {
        SliderScore score = SliderScorer.score(MURPHY, sameOption(MURPHY, 8), PROSOCIAL);

        assertThat(score.angle()).isCloseTo(14.74, within(0.005));
        assertThat(score.category()).isEqualTo(SvoCategory.INDIVIDUALISTIC);
        assertThat(score.categoryHit()).isFalse();
        assertThat(score.angleError()).isCloseTo(14.74 - 41.04, within(0.01));
    }

    @ParameterizedTest
    @EnumSource(SvoCategory.class)
    void idealAgentOfANamedCategoryScoresPerfectlyWhicheverWayItBreaksTies(SvoCategory category) {
        TargetValue target = new TargetValue.Named(category);
        for (Function<List<Integer>, Integer> tieBreak : List.<Function<List<Integer>, Integer>>of(
                best -> best.get(0), best -> best.get(best.size() - 1))) {
            SliderScore score = SliderScorer.score(MURPHY, idealChoices(category.ringAngle(), tieBreak), target);

            assertThat(score.category()).isEqualTo(category);
            assertThat(score.categoryHit()).isTrue();
            assertThat(score.angleError()).isZero();
            assertThat(score.valueRationality()).isEqualTo(1.0);
            assertThat(score.choiceRationality()).isEqualTo(1.0);
        }
    }

    @Test
    void explicitAngleTargetHasNoCategoryHit() {
        TargetValue target = new TargetValue.Explicit(30.0, null);

        SliderScore score = SliderScorer.score(MURPHY, idealChoices(30.0, best -> best.get(0)), target);

        assertThat(score.categoryHit()).isNull();
        assertThat(score.angleError()).isZero();
        assertThat(score.valueRationality()).isEqualTo(1.0);
    }

    @Test
    void completeSecondaryAnswersOnMurphyItemsGiveTheInequalityAversionIndex() {
        Map<Integer, Integer> choices = sameOption(MURPHY, 0);
        int[] inequalityAverse = {6, 5, 4, 7, 5, 8, 5, 3, 2};
        for (int i = 0; i < 9; i++) {
            choices.put(7 + i, inequalityAverse[i] - 1);
        }

        assertThat(SliderScorer.score(MURPHY, choices, PROSOCIAL).inequalityAversion()).hasValue(0.0);
    }

    @Test
    void missingSecondaryAnswerLeavesTheInequalityAversionIndexEmpty() {
        Map<Integer, Integer> choices = sameOption(MURPHY, 4);
        choices.remove(13);

        SliderScore score = SliderScorer.score(MURPHY, choices, PROSOCIAL);

        assertThat(score.inequalityAversion()).isEmpty();
        assertThat(score.angle()).isCloseTo(SliderScorer.score(MURPHY, sameOption(MURPHY, 4), PROSOCIAL).angle(), within(0.0));
    }

    @Test
    void primaryOnlyMeasureHasNoInequalityAversionIndex() {
        SliderMeasure primary = MurphySliderItems.primary();

        assertThat(SliderScorer.score(primary, sameOption(primary, 0), PROSOCIAL).inequalityAversion()).isEmpty();
    }

    @Test
    void missingPrimaryAnswerIsRejectedNamingTheItem() {
        Map<Integer, Integer> choices = sameOption(MURPHY, 0);
        choices.remove(3);

        assertThatThrownBy(() -> SliderScorer.score(MURPHY, choices, PROSOCIAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("primary item 3");
    }

    @Test
    void optionIndexOutOfRangeIsRejectedNamingTheItem() {
        Map<Integer, Integer> choices = sameOption(MURPHY, 0);
        choices.put(5, 9);

        assertThatThrownBy(() -> SliderScorer.score(MURPHY, choices, PROSOCIAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 5")
                .hasMessageContaining("0..8 (A..I)");
    }

    @Test
    void choiceForAnItemTheMeasureLacksIsRejected() {
        SliderMeasure primary = MurphySliderItems.primary();
        Map<Integer, Integer> choices = sameOption(primary, 0);
        choices.put(7, 0);

        assertThatThrownBy(() -> SliderScorer.score(primary, choices, PROSOCIAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 7")
                .hasMessageContaining("[1, 2, 3, 4, 5, 6]");
    }
}
