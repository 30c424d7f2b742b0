package org.svosim.agents.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void aRememberedKeyIsNotComputedAgain() {
        AtomicInteger computed = new AtomicInteger();
        BoundedMemo<String, Integer> lengths = new BoundedMemo<>(10, s -> {
            computed.incrementAndGet();
            return s.length();
        });

        assertThat(lengths.get("abc")).isEqualTo(3);
        assertThat(lengths.get("abc")).isEqualTo(3);
        assertThat(lengths.get("de")).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aFullMemoStartsOverAndStillGivesEveryValue() {
        AtomicInteger computed = new AtomicInteger();
        BoundedMemo<Integer, Integer> squares = new BoundedMemo<>(3, i -> {
            computed.incrementAndGet();
            return i * i;
        });
        for (int i = 0; i < 10; i++) {
            assertThat(squares.get(i)).isEqualTo(i * i);
        }
        int afterFilling = computed.get();
        assertThat(squares.get(9)).isEqualTo(81);

        assertThat(afterFilling).isEqualTo(10);
        assertThat(computed).as("the last key is still remembered").hasValue(10);
        assertThat(squares.get(0)).isZero();
        assertThat(computed).as("the first was forgotten when the memo started over").hasValue(11);
    }

    @Test
    void aFunctionReturningNothingOrNoRoomAreRefused() {
        assertThatThrownBy(() -> new BoundedMemo<String, String>(10, s -> null).get("x"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("returns a value");
        assertThatThrownBy(() -> new BoundedMemo<String, String>(0, s -> s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
