package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static RetryPolicy policy(double jitter) {
        return new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(1000), 2.0, jitter, Duration.ofSeconds(5));
    }

    @Test
    void backoffDoublesUntilTheCapWithoutJitter() {
        SplittableRandom random = new SplittableRandom(1);
        List<Long> waits = new ArrayList<>();
        for (int retry = 1; retry <= 6; retry++) {
            waits.add(policy(0).backoff(retry, random).toMillis());
        }
        assertThat(waits).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
    }

    @Test
    void jitterStaysWithinItsFractionAndNeverExceedsTheCap() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            int retry = 1 + i % 6;
            double nominal = Math.min(1000, 100 * Math.pow(2, retry - 1));
            long wait = policy(0.25).backoff(retry, random).toNanos();
            assertThat(wait).isBetween((long) (nominal * 0.75e6), (long) (Math.min(1000, nominal * 1.25) * 1e6));
        }
    }

    @Test
    void theSameSeedGivesTheSameWaits() {
        SplittableRandom a = new SplittableRandom(99);
        SplittableRandom b = new SplittableRandom(99);
        for (int retry = 1; retry <= 5; retry++) {
            assertThat(policy(0.5).backoff(retry, a)).isEqualTo(policy(0.5).backoff(retry, b));
        }
    }

    @Test
    void aLongerRetryAfterWinsOverTheBackoff() {
        CallFailure limited = new CallFailure(FailureKind.RATE_LIMITED, Duration.ofSeconds(3), "429");

        assertThat(policy(0).delayBefore(1, limited, new SplittableRandom(1))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aLongerBackoffWinsOverAShortRetryAfter() {
        CallFailure limited = new CallFailure(FailureKind.RATE_LIMITED, Duration.ofMillis(10), "429");

        assertThat(policy(0).delayBefore(3, limited, new SplittableRandom(1))).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void onlyRetryableKindsAreRetriedAndOnlyUpToMaxAttempts() {
        RetryPolicy p = policy(0);
        assertThat(p.mayRetry(1, CallFailure.of(FailureKind.SERVER_ERROR, "500"))).isTrue();
        assertThat(p.mayRetry(6, CallFailure.of(FailureKind.SERVER_ERROR, "500"))).isFalse();
        assertThat(p.mayRetry(1, CallFailure.of(FailureKind.CLIENT_ERROR, "400"))).isFalse();
        assertThat(p.mayRetry(1, CallFailure.of(FailureKind.OTHER, "bug"))).isFalse();
    }

    @Test
    void invalidSettingsAreRejectedWithTheirConfigName() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(2), 2, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("max_attempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(2), 2, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("max_backoff");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), 0.5, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), 2, 1.0, Duration.ofSeconds(1)))
                .hasMessageContaining("jitter");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), 2, 0, Duration.ZERO))
                .hasMessageContaining("per_call_timeout");
    }
}
