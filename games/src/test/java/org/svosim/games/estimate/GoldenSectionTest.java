package org.svosim.games.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GoldenSectionTest {
    @Test
    void findsTheTopOfAParabola() {
        assertThat(GoldenSection.maximise(x -> -(x - 2.3) * (x - 2.3), 0, 5, 1e-8)).isCloseTo(2.3, within(1e-6));
    }

    @Test
    void aMaximumAtTheEdgeIsFound() {
        assertThat(GoldenSection.maximise(x -> x, 0, 1, 1e-8)).isCloseTo(1, within(1e-6));
    }
}
