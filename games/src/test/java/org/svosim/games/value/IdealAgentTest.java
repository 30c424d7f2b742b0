package org.svosim.games.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.ItemKind;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SvoCategory;

class IdealAgentTest {
    private static final List<SliderItem> PRIMARY = MurphySliderItems.primary().items();
    private static final List<Integer> ANY = IntStream.range(0, 9).boxed().toList();

    @Test
    void atZeroDegreesEveryOptionOfItemOneTies() {
        assertThat(new IdealAgent(0).bestOptions(PRIMARY.get(0))).isEqualTo(ANY);
    }

    @Test
    void atFortyFiveDegreesOptionsCAndGOfItemFiveTie() {
        assertThat(new IdealAgent(45).bestOptions(PRIMARY.get(4))).containsExactly(2, 6);
    }

    static Stream<Arguments> goldenIdealChoices() {
        // SVO.md section 4: A I A A I I / A I I A C|G I / any I I I A A / I A I I A A
        return Stream.of(
                Arguments.of(SvoCategory.ALTRUISTIC, List.of(List.of(0), List.of(8), List.of(0), List.of(0), List.of(8), List.of(8))),
                Arguments.of(SvoCategory.PROSOCIAL, List.of(List.of(0), List.of(8), List.of(8), List.of(0), List.of(2, 6), List.of(8))),
                Arguments.of(SvoCategory.INDIVIDUALISTIC, List.of(ANY, List.of(8), List.of(8), List.of(8), List.of(0), List.of(0))),
                Arguments.of(SvoCategory.COMPETITIVE, List.of(List.of(8), List.of(0), List.of(8), List.of(8), List.of(0), List.of(0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenIdealChoices")
    void idealChoicesOnThePrimaryItemsMatchTheGoldenTable(SvoCategory category, List<List<Integer>> expected) {
        IdealAgent agent = new IdealAgent(category.ringAngle());

        List<List<Integer>> best = PRIMARY.stream().map(agent::bestOptions).toList();

        assertThat(best).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: [{1}, {2}]")
    @CsvSource({
        "ALTRUISTIC, 61.39, 61.39",
        "PROSOCIAL, 41.04, 48.96",
        "INDIVIDUALISTIC, -7.82, 7.82",
        "COMPETITIVE, -16.26, -16.26",
    })
    void idealIntervalOnThePrimaryItemsMatchesTheGoldenTable(SvoCategory category, double low, double high) {
        AngleInterval interval = new IdealAgent(category.ringAngle()).idealInterval(PRIMARY);

        assertThat(interval.low()).isCloseTo(low, within(0.005));
        assertThat(interval.high()).isCloseTo(high, within(0.005));
    }

    @Test
    void idealIntervalEqualsEnumerationOfAllTieBreaksForTargetsAroundTheRing() {
        for (int degrees = -180; degrees <= 180; degrees += 5) {
            IdealAgent agent = new IdealAgent(degrees);
            List<List<Allocation>> tieBreaks = new ArrayList<>();
            for (SliderItem item : PRIMARY) {
                tieBreaks.add(agent.bestOptions(item).stream().map(item::option).toList());
            }

            assertThat(agent.idealInterval(PRIMARY)).as("target %d degrees", degrees)
                    .isEqualTo(BruteForce.angleInterval(tieBreaks));
        }
    }

    @Test
    void manyAllTieItemsGiveTheIntervalFromHullsWithoutEnumeratingNinePowerTwelveCombinations() {
        // 12 items, each with self = 70 and other = 10, 20, ..., 90: at 0 degrees all 9 options tie.
        List<Allocation> options = IntStream.rangeClosed(1, 9).mapToObj(k -> new Allocation(70, 10 * k)).toList();
        List<SliderItem> items = IntStream.rangeClosed(1, 12)
                .mapToObj(n -> new SliderItem(n, ItemKind.PRIMARY, options)).toList();
        IdealAgent agent = new IdealAgent(0);
        assertThat(items).allSatisfy(item -> assertThat(agent.bestOptions(item)).hasSize(9));

        AngleInterval interval = agent.idealInterval(items);

        // Extremes: always the lowest other payoff (10) and always the highest (90), self always 70.
        assertThat(interval.low()).isCloseTo(Math.toDegrees(Math.atan2(10 - 50, 70 - 50)), within(1e-9));
        assertThat(interval.high()).isCloseTo(Math.toDegrees(Math.atan2(90 - 50, 70 - 50)), within(1e-9));
    }

    @Test
    void nonFiniteTargetIsRejected() {
        assertThatThrownBy(() -> new IdealAgent(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void emptyItemListIsRejected() {
        assertThatThrownBy(() -> new IdealAgent(45).idealInterval(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one item");
    }
}
