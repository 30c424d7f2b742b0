package org.svosim.games.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InequalityAversionTest {

    /** Choices for items 7..15 from positions 1..9 (A..I). */
    private static Map<Integer, Integer> positions(int... positions) {
        Map<Integer, Integer> choices = new HashMap<>();
        for (int i = 0; i < positions.length; i++) {
            choices.put(7 + i, positions[i] - 1);
        }
        return choices;
    }

    @Test
    void perfectlyInequalityAverseAnswersGiveIndexZero() {
        InequalityAversion ia = InequalityAversion.of(positions(6, 5, 4, 7, 5, 8, 5, 3, 2));

        // JG: |6-9| + |4-1| + |7-9| + |8-9| + |3-1| + |2-1| = 12 -> 12 / 48
        assertThat(ia.inequalityAverseDistance()).isZero();
        assertThat(ia.jointGainDistance()).isEqualTo(12.0 / 48);
        assertThat(ia.index()).hasValue(0.0);
    }

    @Test
    void perfectJointGainAnswersGiveIndexOne() {
        // JG ideals on 7, 9, 10, 12, 14, 15; items 8, 11, 13 (no JG ideal) answered at the IA ideal 5.
        InequalityAversion ia = InequalityAversion.of(positions(9, 5, 1, 9, 5, 9, 5, 1, 1));

        // IA: 3 + 0 + 3 + 2 + 0 + 1 + 0 + 2 + 1 = 12 -> 12 / 72; IND = ALT = 36 / 72
        assertThat(ia.jointGainDistance()).isZero();
        assertThat(ia.inequalityAverseDistance()).isEqualTo(12.0 / 72);
        assertThat(ia.individualistDistance()).isEqualTo(0.5);
        assertThat(ia.altruistDistance()).isEqualTo(0.5);
        assertThat(ia.index()).hasValue(1.0);
    }

    @Test
    void individualistAnswersLeaveTheIndexUndefined() {
        InequalityAversion ia = InequalityAversion.of(positions(1, 9, 1, 1, 9, 9, 9, 1, 9));

        assertThat(ia.individualistDistance()).isZero();
        assertThat(ia.index()).isEmpty();
    }

    @Test
    void mixedAnswersGiveTheHandWorkedIndexOneQuarter() {
        // positions 7, 5, 3, 8, 5, 8, 5, 2, 2 on items 7..15
        // D_IA  = (1+0+1+1+0+0+0+1+0) / (9*8) = 4/72
        // D_JG  = (|7-9| + |3-1| + |8-9| + |8-9| + |2-1| + |2-1|) / (6*8) = 8/48
        // D_IND = (6+4+2+7+4+1+4+1+7) / 72 = 36/72, D_ALT = (2+4+6+1+4+7+4+7+1) / 72 = 36/72
        // index = (4/72) / (4/72 + 8/48) = (1/18) / (4/18) = 0.25
        InequalityAversion ia = InequalityAversion.of(positions(7, 5, 3, 8, 5, 8, 5, 2, 2));

        assertThat(ia.inequalityAverseDistance()).isCloseTo(4.0 / 72, within(1e-15));
        assertThat(ia.jointGainDistance()).isCloseTo(8.0 / 48, within(1e-15));
        assertThat(ia.individualistDistance()).isCloseTo(0.5, within(1e-15));
        assertThat(ia.altruistDistance()).isCloseTo(0.5, within(1e-15));
        assertThat(ia.index().orElseThrow()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void jointGainDistanceTiedWithAltruistDistanceLeavesTheIndexUndefined() {
        // positions 6, 2, 4, 7, 5, 2, 5, 3, 2
        // D_IA = (0+3+0+0+0+6+0+0+0) / 72 = 1/8
        // D_JG = (|6-9| + |4-1| + |7-9| + |2-9| + |3-1| + |2-1|) / 48 = 18/48 = 3/8
        // D_IND = (5+7+3+6+4+7+4+2+7) / 72 = 45/72 = 5/8, D_ALT = 27/72 = 3/8 = D_JG
        InequalityAversion ia = InequalityAversion.of(positions(6, 2, 4, 7, 5, 2, 5, 3, 2));

        assertThat(ia.jointGainDistance()).isEqualTo(ia.altruistDistance());
        assertThat(ia.index()).isEmpty();
    }

    @Test
    void inequalityAverseAndJointGainDistancesTiedWithEachOtherGiveOneHalf() {
        // positions 9, 2, 1, 7, 5, 8, 5, 3, 2
        // D_IA = (3+3+3+0+0+0+0+0+0) / 72 = 1/8; D_JG = (0+0+2+1+2+1) / 48 = 1/8
        // D_IND = 39/72, D_ALT = 33/72: both larger
        InequalityAversion ia = InequalityAversion.of(positions(9, 2, 1, 7, 5, 8, 5, 3, 2));

        assertThat(ia.inequalityAverseDistance()).isEqualTo(ia.jointGainDistance());
        assertThat(ia.index()).hasValue(0.5);
    }

    @Test
    void zeroSumOfInequalityAverseAndJointGainDistancesLeavesTheIndexUndefined() {
        // Unreachable from answers (the two ideals differ on every item JG rates), but the record
        // can be built directly; it must not divide by zero.
        assertThat(new InequalityAversion(0.0, 0.0, 0.5, 0.5).index()).isEmpty();
    }

    @Test
    void missingSecondaryItemIsRejectedByNumber() {
        Map<Integer, Integer> choices = positions(6, 5, 4, 7, 5, 8, 5, 3, 2);
        choices.remove(11);

        assertThatThrownBy(() -> InequalityAversion.of(choices))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 11 is missing");
    }

    @Test
    void optionIndexOutsideAToIIsRejected() {
        Map<Integer, Integer> choices = positions(6, 5, 4, 7, 5, 8, 5, 3, 2);
        choices.put(9, 9);

        assertThatThrownBy(() -> InequalityAversion.of(choices))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 9")
                .hasMessageContaining("0..8");
    }
}
