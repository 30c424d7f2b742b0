package org.svosim.games.slider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvoAngleTest {

    private static List<Allocation> sameOptionOnEveryPrimaryItem(int option) {
        return MurphySliderItems.primary().items().stream().map(i -> i.option(option)).toList();
    }

    private static double meanSelf(List<Allocation> chosen) {
        return chosen.stream().mapToDouble(Allocation::self).average().orElseThrow();
    }

    private static double meanOther(List<Allocation> chosen) {
        return chosen.stream().mapToDouble(Allocation::other).average().orElseThrow();
    }

    @Test
    void allOptionAGivesThirtyPointFourSevenDegrees() {
        List<Allocation> chosen = sameOptionOnEveryPrimaryItem(0);

        assertThat(meanSelf(chosen)).isCloseTo(78.33, within(0.005));
        assertThat(meanOther(chosen)).isCloseTo(66.67, within(0.005));
        assertThat(SvoAngle.of(chosen)).isCloseTo(30.47, within(0.005));
        assertThat(SvoCategory.classify(SvoAngle.of(chosen))).isEqualTo(SvoCategory.PROSOCIAL);
    }

    @Test
    void allOptionIGivesFourteenPointSevenFourDegrees() {
        List<Allocation> chosen = sameOptionOnEveryPrimaryItem(8);

        assertThat(meanSelf(chosen)).isCloseTo(81.67, within(0.005));
        assertThat(meanOther(chosen)).isCloseTo(58.33, within(0.005));
        assertThat(SvoAngle.of(chosen)).isCloseTo(14.74, within(0.005));
        assertThat(SvoCategory.classify(SvoAngle.of(chosen))).isEqualTo(SvoCategory.INDIVIDUALISTIC);
    }

    @Test
    void meanSelfBelowFiftyAndOtherAboveGivesSecondQuadrantAngle() {
        // atan(ratio) would give atan(10 / -10) = -45 degrees: a competitive reading of a giver.
        List<Allocation> chosen = List.of(new Allocation(45, 55), new Allocation(35, 65));

        assertThat(SvoAngle.of(chosen)).isCloseTo(135.0, within(1e-12));
    }

    @Test
    void meanSelfAndOtherBelowFiftyGivesThirdQuadrantAngle() {
        // atan(ratio) would give atan(-10 / -10) = +45 degrees: a prosocial reading of a spoiler.
        List<Allocation> chosen = List.of(new Allocation(40, 40));

        assertThat(SvoAngle.of(chosen)).isCloseTo(-135.0, within(1e-12));
    }

    @Test
    void meanSelfExactlyFiftyGivesPlusOrMinusNinetyDegrees() {
        // The ratio would divide by zero here.
        assertThat(SvoAngle.of(List.of(new Allocation(50, 80)))).isEqualTo(90.0);
        assertThat(SvoAngle.of(List.of(new Allocation(50, 20)))).isEqualTo(-90.0);
    }

    @Test
    void losingSelfPayoffAtEqualOtherPayoffReadsAsOneHundredEightyDegrees() {
        assertThat(SvoAngle.of(List.of(new Allocation(30, 50)))).isEqualTo(180.0);
    }

    @Test
    void centreAllocationFollowsAtan2AndReadsAsZero() {
        assertThat(SvoAngle.of(List.of(new Allocation(60, 40), new Allocation(40, 60)))).isEqualTo(0.0);
    }

    @Test
    void angleOfOffsetsDoesNotDependOnTheirScale() {
        assertThat(SvoAngle.ofOffsets(3, 4)).isEqualTo(SvoAngle.ofOffsets(300, 400));
    }

    @Test
    void emptyChoiceListIsRejected() {
        assertThatThrownBy(() -> SvoAngle.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }
}
