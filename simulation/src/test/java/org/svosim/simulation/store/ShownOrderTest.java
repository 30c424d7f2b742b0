package org.svosim.simulation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownOrderTest {

    @Test
    void thePublishedOrderReadsLetterForLetter() {
        assertThat(ShownOrder.format(List.of(0, 1, 2))).isEqualTo("A=A,B=B,C=C");
        assertThat(ShownOrder.format(List.of())).isEmpty();
    }

    @Test
    void aShuffledOrderNamesThePublishedOptionEachLetterShowed() {
        assertThat(ShownOrder.format(List.of(2, 0, 1))).isEqualTo("A=C,B=A,C=B");
        assertThat(ShownOrder.format(List.of(0, 2, 1))).isEqualTo("A=A,B=C,C=B");
    }

    @Test
    void everyFormattedOrderParsesBackToItself() {
        for (List<Integer> order : List.of(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), List.of(8, 7, 6, 5, 4, 3, 2, 1, 0),
                List.of(1, 0), List.of(0))) {
            assertThat(ShownOrder.parse(ShownOrder.format(order))).isEqualTo(order);
        }
    }
}
