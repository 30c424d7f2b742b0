package org.svosim.agents.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChoicePolicyTest {

    @Test
    void prosocialTieOnItemFiveIsBrokenBetweenCAndGOnly() {
        List<OfferedOption> item5 = OfferedOption.parseAll(Dialogues.itemQuestion(5));
        SplittableRandom random = new SplittableRandom(7);
        Set<Character> chosen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            chosen.add(ChoicePolicy.choose(item5, 45, 0, random).letter());
        }
        assertThat(chosen).containsExactlyInAnyOrder('C', 'G');
    }

    @Test
    void softmaxGivesOddsOfExpUtilityDifferenceOverNoise() {
        // at 0 deg the utilities are the self payoffs; a gap of noise * ln 3 means odds 3 : 1
        double noise = 4;
        List<OfferedOption> two = List.of(new OfferedOption('A', 10 + noise * Math.log(3), 0), new OfferedOption('B', 10, 0));
        SplittableRandom random = new SplittableRandom(99);
        int a = 0;
        int draws = 4000;
        for (int i = 0; i < draws; i++) {
            a += ChoicePolicy.choose(two, 0, noise, random).letter() == 'A' ? 1 : 0;
        }
        assertThat(a / (double) draws).isBetween(0.72, 0.78);
    }

    @Test
    void zeroNoiseAlwaysPicksTheStrictBest() {
        List<OfferedOption> item4 = OfferedOption.parseAll(Dialogues.itemQuestion(4));
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 50; i++) {
            assertThat(ChoicePolicy.choose(item4, -45, 0, random).letter()).isEqualTo('I');
        }
    }
}
