package org.svosim.games.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.Allocation;

class LogitRuleTest {
    private static final List<Allocation> OPTIONS = List.of(new Allocation(10, 0), new Allocation(5, 5), new Allocation(0, 10));

    @Test
    void zeroPrecisionChoosesUniformly() {
        assertThat(LogitRule.probabilities(OPTIONS, 30, 0)).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-12));
    }

    @Test
    void probabilitiesFollowTheExponentialOfScaledUtility() {
        double[] p = LogitRule.probabilities(OPTIONS, 0, 0.1); // utilities 10, 5, 0

        assertThat(p[0] / p[1]).isCloseTo(Math.exp(0.5), within(1e-12));
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void sampledFrequenciesMatchTheProbabilities() {
        SplittableRandom random = new SplittableRandom(5);
        int[] counts = new int[3];
        for (int i = 0; i < 20_000; i++) {
            counts[LogitRule.sample(OPTIONS, 90, 0.2, random)]++;
        }
        double[] p = LogitRule.probabilities(OPTIONS, 90, 0.2);

        for (int j = 0; j < 3; j++) {
            assertThat(counts[j] / 20_000.0).as("option %d", j).isCloseTo(p[j], within(0.015));
        }
    }

    @Test
    void hugeUtilitiesDoNotOverflow() {
        List<Allocation> big = List.of(new Allocation(1e6, 0), new Allocation(0, 0));

        assertThat(LogitRule.probabilities(big, 0, 10)).containsExactly(new double[] {1.0, 0.0}, within(1e-12));
    }
}
