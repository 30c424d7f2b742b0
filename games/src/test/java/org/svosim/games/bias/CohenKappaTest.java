package org.svosim.games.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.svosim.games.bias.BiasLabel.BIASED;
import static org.svosim.games.bias.BiasLabel.REJECTED;
import static org.svosim.games.bias.BiasLabel.UNBIASED;

import java.util.List;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

    @Test
    void textbookTwoByTwoTableGivesPointFour() {
        // Wikipedia "Cohen's kappa", 50 grant proposals: yes/yes 20, yes/no 5, no/yes 10, no/no 15.
        // po = 35/50 = 0.7; A says yes 25/50, B says yes 30/50; pe = 0.5*0.6 + 0.5*0.4 = 0.5
        // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
        assertThat(CohenKappa.of(new long[][] {{20, 5}, {10, 15}})).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void sameObservedAgreementGivesDifferentKappasForDifferentMarginals() {
        // [[45,15],[25,15]]: po = 0.6, pe = 0.6*0.7 + 0.4*0.3 = 0.54, kappa = 0.06/0.46 = 0.130435
        // [[25,35],[5,35]]:  po = 0.6, pe = 0.6*0.3 + 0.4*0.7 = 0.46, kappa = 0.14/0.54 = 0.259259
        assertThat(CohenKappa.of(new long[][] {{45, 15}, {25, 15}})).isCloseTo(0.130435, within(1e-6));
        assertThat(CohenKappa.of(new long[][] {{25, 35}, {5, 35}})).isCloseTo(0.259259, within(1e-6));
    }

    @Test
    void labelListsCountRejectionAsALabel() {
        // A: B B U R, B: B U U R -> po = 3/4; A: B 2, U 1, R 1; B: B 1, U 2, R 1
        // pe = (2*1 + 1*2 + 1*1) / 16 = 5/16; kappa = (12/16 - 5/16) / (11/16) = 7/11
        double kappa = CohenKappa.of(List.of(BIASED, BIASED, UNBIASED, REJECTED), List.of(BIASED, UNBIASED, UNBIASED, REJECTED));

        assertThat(kappa).isCloseTo(7.0 / 11.0, within(1e-12));
    }

    @Test
    void bothRatersAlwaysGivingOneLabelLeaveKappaUndefined() {
        assertThat(CohenKappa.of(List.of(BIASED, BIASED), List.of(BIASED, BIASED))).isNaN();
    }

    @Test
    void listsOfDifferentLengthsAreRejected() {
        assertThatThrownBy(() -> CohenKappa.of(List.of(BIASED), List.of())).hasMessageContaining("1 vs 0");
    }
}
