package org.svosim.agents.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OfferedOptionTest {

    @Test
    void optionLinesGiveLetterSelfAndOther() {
        List<OfferedOption> options = OfferedOption.parseAll(Dialogues.itemQuestion(2));

        assertThat(options).hasSize(9);
        assertThat(options.get(0)).isEqualTo(new OfferedOption('A', 85, 15));
        assertThat(options.get(8)).isEqualTo(new OfferedOption('I', 100, 50));
    }

    @Test
    void parenthesisStyleAndNegativePayoffsAreRead() {
        List<OfferedOption> options = OfferedOption.parseAll("A) self -5, other 10\n(B) self 7, other -3");

        assertThat(options).containsExactly(new OfferedOption('A', -5, 10), new OfferedOption('B', 7, -3));
    }

    @Test
    void strayLettersOutsideTheRunFromAAreIgnored() {
        String text = "Q: question 3 of 6\nA: you 85, other 85\nB: you 85, other 76\nGoal: 1 of 2";

        assertThat(OfferedOption.parseAll(text)).extracting(OfferedOption::letter).containsExactly('A', 'B');
    }

    @Test
    void linesWithFewerThanTwoNumbersAreNotOptions() {
        assertThat(OfferedOption.parseAll("A: you receive 85 coins\nB: nothing")).isEmpty();
    }
}
