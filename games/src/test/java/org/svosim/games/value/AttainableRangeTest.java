package org.svosim.games.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.ItemKind;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;

class AttainableRangeTest {

    @Test
    void murphyPrimaryItemsSpanMinusSixteenPointTwoSixToSixtyOnePointThreeNine() {
        AngleInterval range = AttainableRange.of(MurphySliderItems.primary().items());

        assertThat(range.low()).isCloseTo(-16.26, within(0.005));
        assertThat(range.high()).isCloseTo(61.39, within(0.005));
        assertThat(range.width()).isCloseTo(77.65, within(0.01));
    }

    @Test
    void hullMethodEqualsEnumerationOnRandomCustomItemsOnBothSidesOfTheCentre() {
        SplittableRandom random = new SplittableRandom(20240611L);
        int viaHull = 0;
        int viaExactSums = 0;
        for (int trial = 0; trial < 400; trial++) {
            List<SliderItem> items = randomItems(random);
            List<List<Allocation>> options = items.stream().map(SliderItem::options).toList();
            if (AngleExtremes.hullVerticesGiveTheExtremes(hullOfSums(options))) {
                viaHull++;
            } else {
                viaExactSums++;
            }

            assertThat(AttainableRange.of(items)).as("trial %d: %s", trial, items)
                    .isEqualTo(BruteForce.angleInterval(options));
        }
        assertThat(viaHull).as("cases decided on the hull").isGreaterThan(50);
        assertThat(viaExactSums).as("cases decided by exact sums").isGreaterThan(50);
    }

    @Test
    void sumsStraddlingTheHalfTurnAreFoundBetweenHullVertices() {
        // Offsets (-10, 5) and (-10, -6) on two items: sums (-20, 10), (-20, -1), (-20, -12).
        // The hull is the segment from (-20, -12) to (-20, 10); its vertices read -149.04 and
        // 153.43 degrees, but the interior sum (-20, -1) reads -177.14 degrees.
        List<Allocation> options = List.of(new Allocation(40, 55), new Allocation(40, 44));
        List<SliderItem> items = List.of(
                new SliderItem(1, ItemKind.PRIMARY, options), new SliderItem(2, ItemKind.PRIMARY, options));

        AngleInterval range = AttainableRange.of(items);

        assertThat(range.low()).isCloseTo(Math.toDegrees(Math.atan2(-1, -20)), within(1e-12));
        assertThat(range.high()).isCloseTo(Math.toDegrees(Math.atan2(10, -20)), within(1e-12));
    }

    @Test
    void tooManyDistinctSumsAroundTheCentreAreRefusedWithAClearMessage() {
        // Options on all sides of (50, 50) with payoffs chosen so that sums rarely coincide.
        List<SliderItem> items = IntStream.rangeClosed(1, 7).mapToObj(n -> new SliderItem(n, ItemKind.PRIMARY,
                IntStream.range(0, 9).mapToObj(k -> new Allocation(
                        50 + (k % 2 == 0 ? -10 : 10) + k / (double) (n + 3), 50 + (k - 4) * (1 + n / 97.0))).toList()))
                .toList();

        assertThatThrownBy(() -> AttainableRange.of(items))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all sides of (50, 50)")
                .hasMessageContaining(String.valueOf(AngleExtremes.MAX_EXACT_SUMS));
    }

    @Test
    void emptyItemListIsRejected() {
        assertThatThrownBy(() -> AttainableRange.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one item");
    }

    private static List<SliderItem> randomItems(SplittableRandom random) {
        int itemCount = random.nextInt(1, 5);
        boolean aroundCentre = random.nextBoolean();
        List<SliderItem> items = new ArrayList<>();
        for (int n = 1; n <= itemCount; n++) {
            List<Allocation> options = new ArrayList<>();
            int optionCount = random.nextInt(2, 6);
            for (int k = 0; k < optionCount; k++) {
                int low = aroundCentre ? 30 : 51;
                options.add(new Allocation(random.nextInt(low, 71), random.nextInt(30, 71)));
            }
            items.add(new SliderItem(n, ItemKind.PRIMARY, options));
        }
        return items;
    }

    private static List<Offset> hullOfSums(List<List<Allocation>> options) {
        List<Offset> hull = List.of(Offset.ZERO);
        for (List<Allocation> item : options) {
            hull = ConvexHull.ofMinkowskiSum(hull, item.stream().map(Offset::of).toList());
        }
        return hull;
    }
}
