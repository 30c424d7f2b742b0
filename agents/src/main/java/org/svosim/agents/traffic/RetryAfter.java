package org.svosim.agents.traffic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads how long a provider asks us to wait: the standard {@code Retry-After} header (delay
 * in seconds, or an HTTP date) and OpenAI's {@code retry-after-ms}. A date in the past
 * means zero; an unreadable value means "nothing said" (null).
 */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * @param headers response headers (any name case)
     * @param clock   the wall clock an HTTP date is compared against
     * @return the wait, or null if no usable header was sent
     */
    public static Duration fromHeaders(Map<String, List<String>> headers, Clock clock) {
        String millis = first(headers, "retry-after-ms");
        if (millis != null) {
            Duration d = parseMillis(millis);
            if (d != null) {
                return d;
            }
        }
        String value = first(headers, "retry-after");
        return value == null ? null : parse(value, clock);
    }

    /** Parses one Retry-After value: seconds (a decimal fraction is accepted) or an RFC 1123 date. */
    public static Duration parse(String value, Clock clock) {
        String v = value.strip();
        try {
            double seconds = Double.parseDouble(v);
            if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                return null;
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static Duration parseMillis(String value) {
        try {
            double ms = Double.parseDouble(value.strip());
            return ms < 0 || Double.isNaN(ms) || Double.isInfinite(ms) ? null : Duration.ofNanos(Math.round(ms * 1e6));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name)
                    && e.getValue() != null && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
