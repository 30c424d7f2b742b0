package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrafficSettingsTest {
    @Test
    void defaultsLimitNothingButInFlightAndRetryModestly() {
        TrafficSettings d = TrafficSettings.defaults();

        assertThat(d.maxInFlight()).isEqualTo(4);
        assertThat(d.requestsPerMinute()).isZero();
        assertThat(d.tokensPerMinute()).isZero();
        assertThat(d.rateWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(d.retryBudget()).isEqualTo(0.2);
        assertThat(d.retry().maxAttempts()).isEqualTo(5);
    }

    @Test
    void eachBadValueIsNamedInTheError() {
        TrafficSettings d = TrafficSettings.defaults();
        assertThatThrownBy(() -> d.withMaxInFlight(0)).hasMessageContaining("max_in_flight");
        assertThatThrownBy(() -> d.withRateLimits(-1, 0, Duration.ofMinutes(1))).hasMessageContaining("requests_per_minute");
        assertThatThrownBy(() -> d.withRateLimits(0, -5, Duration.ofMinutes(1))).hasMessageContaining("tokens_per_minute");
        assertThatThrownBy(() -> d.withRateLimits(0, 0, Duration.ZERO)).hasMessageContaining("rate_window");
        assertThatThrownBy(() -> d.withRetryBudget(Double.NaN, 0)).hasMessageContaining("retry_budget");
        assertThatThrownBy(() -> d.withBreaker(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("breaker_failures");
        assertThatThrownBy(() -> d.withBreaker(3, null, Duration.ofSeconds(1))).hasMessageContaining("breaker_cool_down");
        assertThatThrownBy(() -> d.withBreaker(3, Duration.ofSeconds(1), Duration.ofSeconds(-1)))
                .hasMessageContaining("breaker_max_wait");
    }

    @Test
    void tokenEstimateIsAQuarterOfThePromptCharactersPlusTheReplyAllowance() {
        assertThat(TokenEstimates.estimate(400, 50)).isEqualTo(150);
        assertThat(TokenEstimates.estimate(401, null)).isEqualTo(101 + TokenEstimates.DEFAULT_REPLY_TOKENS);
    }
}
