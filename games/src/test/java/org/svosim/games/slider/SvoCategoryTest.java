package org.svosim.games.slider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvoCategoryTest {

    @ParameterizedTest(name = "{0} degrees is {1}")
    @CsvSource({
        "57.15, PROSOCIAL",
        "57.14, PROSOCIAL",
        "57.16, ALTRUISTIC",
        "22.45, INDIVIDUALISTIC",
        "22.44, INDIVIDUALISTIC",
        "22.46, PROSOCIAL",
        "-12.04, COMPETITIVE",
        "-12.05, COMPETITIVE",
        "-12.03, INDIVIDUALISTIC",
    })
    void angleOnOrNearABoundaryBelongsToTheCategoryBelowIt(double degrees, SvoCategory expected) {
        assertThat(SvoCategory.classify(degrees)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "one ulp above {0} is {1}")
    @CsvSource({
        "57.15, ALTRUISTIC",
        "22.45, PROSOCIAL",
        "-12.04, INDIVIDUALISTIC",
    })
    void smallestAngleAboveABoundaryBelongsToTheCategoryAbove(double boundary, SvoCategory expected) {
        assertThat(SvoCategory.classify(Math.nextUp(boundary))).isEqualTo(expected);
    }
}
