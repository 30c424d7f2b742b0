package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.Objects;

/**
 * One failed attempt, classified.
 *
 * @param kind       what went wrong
 * @param retryAfter how long the provider asked us to wait (Retry-After), or null if it said nothing
 * @param message    a short human-readable description (never contains request headers or keys)
 */
public record CallFailure(FailureKind kind, Duration retryAfter, String message) {
    /** Longest message kept; provider error bodies can be long. */
    static final int MAX_MESSAGE = 500;

    public CallFailure {
        Objects.requireNonNull(kind, "kind");
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
        }
        message = message == null || message.isBlank() ? kind.name().toLowerCase() : shorten(message.strip());
    }

    /** A failure without Retry-After. */
    public static CallFailure of(FailureKind kind, String message) {
        return new CallFailure(kind, null, message);
    }

    /** "kind: message", e.g. "SERVER_ERROR: HTTP 503: ...". */
    public String describe() {
        return kind + ": " + message;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }
}
