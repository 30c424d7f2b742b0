package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * When to try a failed call again. The n-th retry waits
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, scaled by a factor drawn
 * uniformly from {@code [1 - jitter, 1 + jitter]} (and capped at maxBackoff again), but never
 * less than the provider's Retry-After. Only retryable kinds are retried.
 *
 * @param maxAttempts    attempts per call including the first (1 = never retry)
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff     the longest backoff (Retry-After may ask for more and is honoured)
 * @param multiplier     growth factor per retry (>= 1)
 * @param jitter         fraction in [0, 1): how far a wait may deviate from the nominal backoff
 * @param perCallTimeout how long one attempt may take before it counts as a timeout; enforced by the
 *                       HTTP client ({@link RetryAfterHttpClientBuilder#fixedRequestTimeout}), not by
 *                       {@link EndpointTraffic}
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
                          double jitter, Duration perCallTimeout) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max_attempts must be >= 1 (1 = no retries), got " + maxAttempts);
        }
        requirePositive("initial_backoff", initialBackoff);
        requirePositive("max_backoff", maxBackoff);
        requirePositive("per_call_timeout", perCallTimeout);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("max_backoff (" + maxBackoff + ") must be >= initial_backoff ("
                    + initialBackoff + ")");
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("backoff multiplier must be a finite number >= 1, got " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter < 1.0)) {
            throw new IllegalArgumentException("jitter must be a fraction in [0, 1), got " + jitter);
        }
    }

    /** 5 attempts, 1 s doubling up to 60 s, 20 % jitter, 60 s per call. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0.2, Duration.ofSeconds(60));
    }

    /** Whether a call that has made {@code attemptsMade} attempts and just failed with {@code failure} may try again. */
    public boolean mayRetry(int attemptsMade, CallFailure failure) {
        return failure.kind().retryable() && attemptsMade < maxAttempts;
    }

    /** The backoff before retry number {@code retry} (1 = first retry), jittered, capped at maxBackoff. */
    public Duration backoff(int retry, SplittableRandom random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry number starts at 1, got " + retry);
        }
        double nominal = initialBackoff.toNanos() * Math.pow(multiplier, retry - 1);
        double capped = Math.min(maxBackoff.toNanos(), nominal);
        double factor = jitter == 0 ? 1.0 : 1.0 + jitter * (2.0 * random.nextDouble() - 1.0);
        return Duration.ofNanos((long) Math.min(maxBackoff.toNanos(), capped * factor));
    }

    /** The wait before retry number {@code retry} after {@code failure}: the backoff, or Retry-After if longer. */
    public Duration delayBefore(int retry, CallFailure failure, SplittableRandom random) {
        Objects.requireNonNull(failure, "failure");
        Duration backoff = backoff(retry, random);
        Duration asked = failure.retryAfter();
        return asked != null && asked.compareTo(backoff) > 0 ? asked : backoff;
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }
}
