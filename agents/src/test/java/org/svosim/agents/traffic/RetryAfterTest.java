package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-03T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void wholeSecondsAreADelay() {
        assertThat(RetryAfter.parse("7", NOON)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void fractionalSecondsAreAccepted() {
        assertThat(RetryAfter.parse(" 1.5 ", NOON)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void httpDateIsTheTimeLeftUntilThatDate() {
        assertThat(RetryAfter.parse("Tue, 03 Nov 2026 12:00:30 GMT", NOON)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void httpDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Tue, 03 Nov 2026 11:59:00 GMT", NOON)).isEqualTo(Duration.ZERO);
    }

    @Test
    void unreadableOrNegativeValuesMeanNothingWasSaid() {
        assertThat(RetryAfter.parse("soon", NOON)).isNull();
        assertThat(RetryAfter.parse("-3", NOON)).isNull();
    }

    @Test
    void headerNamesAreMatchedWithoutCaseAndMillisecondsWin() {
        Map<String, List<String>> headers = Map.of("Retry-After", List.of("2"), "Retry-After-Ms", List.of("250"));

        assertThat(RetryAfter.fromHeaders(headers, NOON)).isEqualTo(Duration.ofMillis(250));
        assertThat(RetryAfter.fromHeaders(Map.of("RETRY-AFTER", List.of("2")), NOON)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryAfter.fromHeaders(Map.of("content-type", List.of("application/json")), NOON)).isNull();
    }
}
