package org.svosim.games.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreeabilityMatrixTest {

    private static void add(List<ExplanationRating> list, String rater, String author, RatingLabel label, int count) {
        for (int i = 0; i < count; i++) {
            list.add(new ExplanationRating(rater, author, author + "-" + label + i, label));
        }
    }

    private static AgreeabilityMatrix matrix() {
        List<ExplanationRating> ratings = new ArrayList<>();
        add(ratings, "x", "x", RatingLabel.AGREE, 4);
        add(ratings, "x", "x", RatingLabel.UNCLEAR, 1);
        add(ratings, "x", "y", RatingLabel.AGREE, 2);
        add(ratings, "x", "y", RatingLabel.DISAGREE, 2);
        add(ratings, "x", "z", RatingLabel.AGREE, 1);
        add(ratings, "x", "z", RatingLabel.DISAGREE, 3);
        add(ratings, "y", "x", RatingLabel.AGREE, 1);
        add(ratings, "y", "x", RatingLabel.DISAGREE, 1);
        return AgreeabilityMatrix.of(ratings);
    }

    @Test
    void cellIsTheAgreeShareAmongReadableRatings() {
        AgreeabilityCell own = matrix().cell("x", "x");

        assertThat(own.agreeability()).extracting(Rate::successes, Rate::trials).containsExactly(4, 4);
        assertThat(own.unclear()).isEqualTo(1);
        assertThat(matrix().cell("x", "z").agreeability().estimate()).isEqualTo(0.25);
        assertThat(matrix().cell("y", "z").agreeability().defined()).isFalse();
    }

    @Test
    void selfPreferenceIsOwnAgreeabilityMinusPooledOthers() {
        // x: own 4/4 = 1.0; others pooled (2 + 1) / (4 + 4) = 0.375; difference 0.625.
        // y never rated its own explanations, so it has no self-preference.
        List<SelfPreference> preferences = matrix().selfPreferences();

        assertThat(preferences).hasSize(1);
        assertThat(preferences.get(0).rater()).isEqualTo("x");
        assertThat(preferences.get(0).others()).extracting(Rate::successes, Rate::trials).containsExactly(3, 8);
        assertThat(preferences.get(0).difference()).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void ratersAndAuthorsAreListedSorted() {
        assertThat(matrix().raters()).containsExactly("x", "y");
        assertThat(matrix().authors()).containsExactly("x", "y", "z");
        assertThat(matrix().cells()).hasSize(4);
    }
}
