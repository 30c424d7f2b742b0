package org.svosim.agents.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.svosim.games.slider.SvoCategory;

class InducedValueTest {

    @Test
    void explicitDegreesAreRead() {
        assertThat(InducedValue.read("You hold an SVO angle of 30 degrees.")).hasValue(30.0);
        assertThat(InducedValue.read("Your angle is -12.5\u00b0 on the ring.")).hasValue(-12.5);
        assertThat(InducedValue.read("a 60-degree orientation")).hasValue(60.0);
    }

    @Test
    void categoryWordsGiveTheirRingAngles() {
        assertThat(InducedValue.read("You are altruistic.")).hasValue(90.0);
        assertThat(InducedValue.read("You are Pro-social.")).hasValue(45.0);
        assertThat(InducedValue.read("an individualist")).hasValue(0.0);
        assertThat(InducedValue.read("a hyper-competitive player")).hasValue(-45.0);
    }

    @Test
    void earliestCategoryWordWins() {
        assertThat(InducedValue.read("You are competitive, not prosocial.")).hasValue(-45.0);
        assertThat(InducedValue.read("You are prosocial, not competitive.")).hasValue(45.0);
    }

    @Test
    void textWithoutValueInducesNothing() {
        assertThat(InducedValue.read("You take part in a study about sharing coins.")).isEmpty();
        assertThat(InducedValue.read("This is not a competition.")).isEmpty();
    }

    @Test
    void aSystemAndAFirstUserTextReadAsTheTwoJoinedByALineBreak() {
        assertThat(InducedValue.read("You are prosocial.", "Your SVO angle is 30 degrees.")).hasValue(30.0);
        assertThat(InducedValue.read("", "You are altruistic.")).hasValue(90.0);
        assertThat(InducedValue.read("You are competitive,", "not prosocial.")).hasValue(-45.0);
        assertThat(InducedValue.read("You take part in a study.", "Choose an option.")).isEmpty();
        assertThat(InducedValue.read("angle of -20", "degrees")).isEqualTo(InducedValue.read("angle of -20\ndegrees"));
    }

    @Test
    void voiceIsTheNearestRingCategory() {
        assertThat(InducedValue.voiceOf(70)).isEqualTo(SvoCategory.ALTRUISTIC);
        assertThat(InducedValue.voiceOf(30)).isEqualTo(SvoCategory.PROSOCIAL);
        assertThat(InducedValue.voiceOf(-20)).isEqualTo(SvoCategory.INDIVIDUALISTIC);
        assertThat(InducedValue.voiceOf(-30)).isEqualTo(SvoCategory.COMPETITIVE);
    }
}
