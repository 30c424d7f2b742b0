package org.svosim.games.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void eightOfTenHasWilsonIntervalFromPointFourNineToPointNineFourThree() {
        // p = 0.8, z^2 = 3.841459, denominator = 1 + z^2/10 = 1.384146
        // centre = (0.8 + z^2/20) / 1.384146 = 0.992073 / 1.384146 = 0.716740
        // half   = z * sqrt(0.8*0.2/10 + z^2/400) / 1.384146 = 1.959964 * sqrt(0.025604) / 1.384146 = 0.226584
        Rate rate = Rate.wilson(8, 10);

        assertThat(rate.estimate()).isEqualTo(0.8);
        assertThat(rate.lower()).isCloseTo(0.4902, within(0.0005));
        assertThat(rate.upper()).isCloseTo(0.9433, within(0.0005));
    }

    @Test
    void zeroSuccessesGiveAPositiveUpperBoundAndLowerBoundZero() {
        // p = 0: centre = half = (z^2/20) / (1 + z^2/10), upper = z^2 / (10 + z^2) = 3.841459 / 13.841459 = 0.277532
        Rate rate = Rate.wilson(0, 10);

        assertThat(rate.lower()).isZero();
        assertThat(rate.upper()).isCloseTo(0.2775, within(0.0005));
    }

    @Test
    void noTrialsGiveAnUndefinedRate() {
        Rate rate = Rate.wilson(0, 0);

        assertThat(rate.defined()).isFalse();
        assertThat(rate.estimate()).isNaN();
        assertThat(rate.lower()).isNaN();
        assertThat(rate.upper()).isNaN();
    }

    @Test
    void moreSuccessesThanTrialsIsRejected() {
        assertThatThrownBy(() -> Rate.wilson(3, 2)).hasMessageContaining("3/2");
    }
}
