package org.svosim.games.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceTest {
    @Test
    void rangeAnswersAreTheStepGridIncludingBothEnds() {
        assertThat(new Choice.Range(0, 3, 1).answers()).containsExactly(0.0, 1.0, 2.0, 3.0);
    }

    @Test
    void rangeWhoseWidthIsNotAMultipleOfTheStepStillAllowsItsMaximum() {
        Choice.Range range = new Choice.Range(0, 7.5, 2);

        assertThat(range.answers()).containsExactly(0.0, 2.0, 4.0, 6.0, 7.5);
        assertThat(range.accepts(7.5)).isTrue();
        assertThat(range.accepts(7.0)).isFalse();
    }

    @Test
    void rangeWithEqualEndsHasOneAnswer() {
        assertThat(new Choice.Range(0, 0, 1).answers()).containsExactly(0.0);
    }

    @Test
    void amountsOffTheGridOrOutsideTheRangeAreRejectedWithTheAllowedRange() {
        Choice.Range range = new Choice.Range(0, 10, 1);

        assertThat(range.accepts(3.5)).isFalse();
        assertThat(range.accepts(-1)).isFalse();
        assertThat(range.accepts(10.01)).isFalse();
        assertThatThrownBy(() -> range.indexOf(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 10] in steps of 1");
    }

    @Test
    void amountWithinRoundingOfAGridPointIsSnappedOntoIt() {
        Choice.Range range = new Choice.Range(0, 1, 0.1);

        assertThat(range.canonical(0.30000000000000004)).isEqualTo(range.answers().get(3));
        assertThat(range.indexOf(0.7)).isEqualTo(7);
    }

    @Test
    void optionAnswersAreIndicesAndOnlyWholeIndicesInRangeAreAccepted() {
        Choice.Options options = new Choice.Options(List.of(new Option("yes", ""), new Option("no", "")));

        assertThat(options.answers()).containsExactly(0.0, 1.0);
        assertThat(options.describe(1)).isEqualTo("no");
        assertThat(options.accepts(0.5)).isFalse();
        assertThat(options.accepts(2)).isFalse();
        assertThatThrownBy(() -> options.indexOf(2)).hasMessageContaining("0..1 (yes..no)");
    }

    @Test
    void badChoicesAreRejectedWithTheRule() {
        assertThatThrownBy(() -> new Choice.Range(5, 1, 1)).hasMessageContaining("minimum must be <= maximum");
        assertThatThrownBy(() -> new Choice.Range(0, 1, 0)).hasMessageContaining("range step must be a finite number > 0");
        assertThatThrownBy(() -> new Choice.Options(List.of(new Option("a", ""))))
                .hasMessageContaining("at least 2 options");
        assertThatThrownBy(() -> new Choice.Options(List.of(new Option("a", ""), new Option("a", ""))))
                .hasMessageContaining("'a' appears twice");
    }
}
