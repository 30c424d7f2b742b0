package org.svosim.games.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FleissKappaTest {

    @Test
    void wikipediaWorkedExampleGivesPointTwoOneZero() {
        // Wikipedia "Fleiss' kappa": 10 subjects, 14 raters, 5 categories.
        // P_i = 1.000 .253 .308 .440 .330 .462 .242 .176 .286 .286, mean P = 0.378022
        // p_j = .143 .200 .279 .150 .229, Pe = sum p_j^2 = 0.212755
        // kappa = (0.378022 - 0.212755) / (1 - 0.212755) = 0.209931
        int[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};

        assertThat(FleissKappa.of(counts)).isCloseTo(0.2099, within(0.0001));
    }

    @Test
    void unanimousRatersAcrossCategoriesGiveOne() {
        assertThat(FleissKappa.of(new int[][] {{3, 0}, {0, 3}})).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void subjectsWithDifferentRaterCountsAreRejected() {
        assertThatThrownBy(() -> FleissKappa.of(new int[][] {{2, 1}, {1, 1}}))
                .hasMessageContaining("subject 1 has 2 ratings, expected 3");
    }
}
