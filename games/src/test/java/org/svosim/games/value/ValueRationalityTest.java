package org.svosim.games.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.ItemKind;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;

class ValueRationalityTest {
    private static final AngleInterval PROSOCIAL_IDEAL = new AngleInterval(41.04, 48.96);
    private static final List<SliderItem> MURPHY = MurphySliderItems.all().items();

    @Test
    void angleAboveTheIdealIntervalGivesPositiveErrorFromItsHighEnd() {
        assertThat(ValueRationality.angleError(50.0, PROSOCIAL_IDEAL)).isCloseTo(1.04, within(1e-9));
    }

    @Test
    void angleBelowTheIdealIntervalGivesNegativeErrorFromItsLowEnd() {
        assertThat(ValueRationality.angleError(30.47, PROSOCIAL_IDEAL)).isCloseTo(-10.57, within(1e-9));
    }

    @Test
    void angleInsideOrOnTheEdgeOfTheIdealIntervalGivesZeroError() {
        assertThat(ValueRationality.angleError(45.0, PROSOCIAL_IDEAL)).isZero();
        assertThat(ValueRationality.angleError(41.04, PROSOCIAL_IDEAL)).isZero();
        assertThat(ValueRationality.angleError(48.96, PROSOCIAL_IDEAL)).isZero();
    }

    @Test
    void angleWithinRoundingToleranceOfAPointIntervalGivesZeroError() {
        AngleInterval point = new AngleInterval(61.39, 61.39);

        assertThat(ValueRationality.angleError(Math.nextUp(61.39), point)).isZero();
        assertThat(ValueRationality.angleError(61.39 + 1e-6, point)).isCloseTo(1e-6, within(1e-12));
    }

    @Test
    void zeroErrorGivesValueRationalityOne() {
        assertThat(ValueRationality.valueRationality(0.0, 77.65)).isEqualTo(1.0);
    }

    @Test
    void errorOfHalfTheWidthGivesOneHalfWhateverItsSign() {
        assertThat(ValueRationality.valueRationality(-38.825, 77.65)).isCloseTo(0.5, within(1e-12));
        assertThat(ValueRationality.valueRationality(38.825, 77.65)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void errorOfTheFullWidthOrMoreIsClippedToZero() {
        assertThat(ValueRationality.valueRationality(77.65, 77.65)).isZero();
        assertThat(ValueRationality.valueRationality(-150.0, 77.65)).isZero();
    }

    @Test
    void zeroWidthScoresOneOnlyForZeroError() {
        assertThat(ValueRationality.valueRationality(0.0, 0.0)).isEqualTo(1.0);
        assertThat(ValueRationality.valueRationality(0.5, 0.0)).isZero();
    }

    @Test
    void negativeWidthIsRejected() {
        assertThatThrownBy(() -> ValueRationality.valueRationality(1.0, -1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attainable width");
    }

    @Test
    void choiceRationalityAtZeroDegreesIsTheNormalisedSelfPayoffOverAnsweredItems() {
        // Item 1 (self always 85) ties at 0 degrees and is skipped. Item 2: self 85..100, choice E
        // (93) scores (93 - 85) / 15. Item 3: self 50..85, choice I (85) scores 1. Others unanswered.
        Map<Integer, Integer> choices = Map.of(1, 3, 2, 4, 3, 8);

        double rationality = ValueRationality.choiceRationality(MURPHY, choices, 0.0);

        assertThat(rationality).isCloseTo((8.0 / 15 + 1.0) / 2, within(1e-12));
    }

    @Test
    void choiceTiedWithTheBestScoresExactlyOne() {
        // At 45 degrees options C and G of item 5 tie (151 coins in total).
        assertThat(ValueRationality.choiceRationality(MURPHY, Map.of(5, 2), 45.0)).isEqualTo(1.0);
        assertThat(ValueRationality.choiceRationality(MURPHY, Map.of(5, 6), 45.0)).isEqualTo(1.0);
    }

    @Test
    void choiceRationalityIsNaNWhenOnlyAllTieItemsWereAnswered() {
        assertThat(ValueRationality.choiceRationality(MURPHY, Map.of(1, 0), 0.0)).isNaN();
    }

    @Test
    void choiceRationalityRejectsAnOptionIndexOutsideTheItem() {
        SliderItem twoOptions = new SliderItem(4, ItemKind.PRIMARY, List.of(new Allocation(60, 40), new Allocation(40, 60)));

        assertThatThrownBy(() -> ValueRationality.choiceRationality(List.of(twoOptions), Map.of(4, 2), 45.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 4")
                .hasMessageContaining("0..1 (A..B)");
    }
}
