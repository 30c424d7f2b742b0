package org.svosim.games.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.ItemKind;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.slider.SvoCategory;

class SliderScorerCustomItemsTest {
    // At 45 degrees (utility = self + other, scaled): item 1's two options tie, all of item 2's
    // three options tie, item 3 has the unique best C (120), item 4 (secondary) the unique best B.
    private static final SliderItem TWO_TIED = new SliderItem(1, ItemKind.PRIMARY,
            List.of(new Allocation(60, 40), new Allocation(40, 60)));
    private static final SliderItem THREE_TIED = new SliderItem(2, ItemKind.PRIMARY,
            List.of(new Allocation(70, 50), new Allocation(50, 70), new Allocation(60, 60)));
    private static final SliderItem FIVE_OPTIONS = new SliderItem(3, ItemKind.PRIMARY, List.of(new Allocation(80, 20),
            new Allocation(70, 40), new Allocation(60, 60), new Allocation(40, 70), new Allocation(30, 60)));
    private static final SliderItem SECONDARY = new SliderItem(4, ItemKind.SECONDARY,
            List.of(new Allocation(90, 20), new Allocation(60, 60)));
    private static final SliderMeasure CUSTOM = new SliderMeasure("custom",
            List.of(TWO_TIED, THREE_TIED, FIVE_OPTIONS, SECONDARY));
    private static final List<SliderItem> PRIMARY = List.of(TWO_TIED, THREE_TIED, FIVE_OPTIONS);

    @Test
    void customItemsAreScoredWithAtan2TieIntervalsAndTheirOwnAttainableWidth() {
        // Chosen A, B, E on the primary items: offsets (10, -10) + (0, 20) + (-20, 10) = (-10, 20),
        // mean self below 50, so the angle is atan2(20, -10) = 116.57 degrees, not atan(-2).
        Map<Integer, Integer> choices = Map.of(1, 0, 2, 1, 3, 4, 4, 1);

        SliderScore score = SliderScorer.score(CUSTOM, choices, new TargetValue.Named(SvoCategory.PROSOCIAL));

        AngleInterval ideal = BruteForce.angleInterval(List.of(
                TWO_TIED.options(), THREE_TIED.options(), List.of(FIVE_OPTIONS.option(2))));
        AngleInterval attainable = BruteForce.angleInterval(PRIMARY.stream().map(SliderItem::options).toList());
        assertThat(score.angle()).isCloseTo(Math.toDegrees(Math.atan2(20, -10)), within(1e-12));
        assertThat(score.category()).isEqualTo(SvoCategory.ALTRUISTIC);
        assertThat(score.categoryHit()).isFalse();
        assertThat(score.idealInterval()).isEqualTo(ideal);
        assertThat(score.angleError()).isCloseTo(score.angle() - ideal.high(), within(1e-12));
        assertThat(score.valueRationality())
                .isCloseTo(1 - (score.angle() - ideal.high()) / attainable.width(), within(1e-12));
        assertThat(score.inequalityAversion()).isEmpty();
    }

    @Test
    void choiceRationalityOnCustomItemsSkipsAllTieItemsAndCountsSecondaryOnes() {
        // Items 1 and 2 tie throughout at 45 degrees and are skipped. Item 3: E (90) is the worst
        // of 90..120 and scores 0; item 4: B (120) is the best of 110..120 and scores 1.
        Map<Integer, Integer> choices = Map.of(1, 0, 2, 1, 3, 4, 4, 1);

        SliderScore score = SliderScorer.score(CUSTOM, choices, new TargetValue.Explicit(45.0, "fair"));

        assertThat(score.choiceRationality()).isCloseTo(0.5, within(1e-12));
        assertThat(score.categoryHit()).isNull();
    }

    @Test
    void choiceRationalityIsNaNWhenOnlyAllTieItemsCount() {
        SliderMeasure allTie = new SliderMeasure("all tie", List.of(TWO_TIED, THREE_TIED));

        SliderScore score = SliderScorer.score(allTie, Map.of(1, 1, 2, 2), new TargetValue.Explicit(45.0, null));

        assertThat(score.choiceRationality()).isNaN();
        assertThat(score.valueRationality()).isEqualTo(1.0);
    }

    @Test
    void measuresSharingANameButNotTheirItemsAreScoredApart() {
        SliderMeasure sameName = new SliderMeasure("custom", List.of(TWO_TIED, THREE_TIED,
                new SliderItem(3, ItemKind.PRIMARY, List.of(new Allocation(90, 10), new Allocation(10, 90)))));
        TargetValue target = new TargetValue.Explicit(0.0, null);
        Map<Integer, Integer> choices = Map.of(1, 0, 2, 0, 3, 0);

        SliderScore first = SliderScorer.score(CUSTOM, choices, target);
        SliderScore second = SliderScorer.score(sameName, choices, target);

        assertThat(first.idealInterval()).isEqualTo(new IdealAgent(0.0).idealInterval(CUSTOM.primaryItems()));
        assertThat(second.idealInterval()).isEqualTo(new IdealAgent(0.0).idealInterval(sameName.primaryItems()));
        assertThat(second.idealInterval()).isNotEqualTo(first.idealInterval());
        assertThat(second.valueRationality()).isEqualTo(ValueRationality.valueRationality(
                second.angleError(), AttainableRange.of(sameName.primaryItems()).width()));
    }

    @Test
    void measureWithARepeatedItemNumberIsRejected() {
        SliderItem anotherOne = new SliderItem(1, ItemKind.PRIMARY, FIVE_OPTIONS.options());
        SliderMeasure repeated = new SliderMeasure("repeated", List.of(TWO_TIED, anotherOne));

        assertThatThrownBy(() -> SliderScorer.score(repeated, Map.of(1, 0), new TargetValue.Explicit(45.0, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item number 1 more than once");
    }
}
