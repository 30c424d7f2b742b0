package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.Objects;

/**
 * Traffic settings of one endpoint (a backend entry of the config). Names in messages are the
 * config's snake_case keys.
 *
 * @param maxInFlight       most calls in flight at once (max_in_flight, >= 1)
 * @param requestsPerMinute most requests sent in any rate window (requests_per_minute, 0 = no limit)
 * @param tokensPerMinute   most estimated/reported tokens in any rate window (tokens_per_minute, 0 = no limit)
 * @param rateWindow        the sliding window of both rate limits (rate_window; a minute, shorter in tests)
 * @param retry             backoff, attempts and per-call timeout
 * @param retryBudget       retries per first attempt over the run (retry_budget, e.g. 0.2 = at most 20 % more requests)
 * @param retryBudgetFloor  retries always allowed on top of the ratio (retry_budget_floor)
 * @param breakerFailures   consecutive endpoint failures that pause the endpoint (breaker_failures)
 * @param breakerCoolDown   how long a paused endpoint waits before one probe (breaker_cool_down)
 * @param breakerMaxWait    how long a call waits for a paused endpoint before failing (breaker_max_wait)
 */
public record TrafficSettings(int maxInFlight, int requestsPerMinute, long tokensPerMinute, Duration rateWindow,
                              RetryPolicy retry, double retryBudget, int retryBudgetFloor, int breakerFailures,
                              Duration breakerCoolDown, Duration breakerMaxWait) {
    public TrafficSettings {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max_in_flight must be >= 1, got " + maxInFlight);
        }
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("requests_per_minute must be >= 0 (0 = no limit), got " + requestsPerMinute);
        }
        if (tokensPerMinute < 0) {
            throw new IllegalArgumentException("tokens_per_minute must be >= 0 (0 = no limit), got " + tokensPerMinute);
        }
        requirePositive("rate_window", rateWindow);
        Objects.requireNonNull(retry, "retry policy");
        if (!(retryBudget >= 0) || Double.isInfinite(retryBudget)) {
            throw new IllegalArgumentException("retry_budget must be a finite ratio >= 0 (e.g. 0.2), got " + retryBudget);
        }
        if (retryBudgetFloor < 0) {
            throw new IllegalArgumentException("retry_budget_floor must be >= 0, got " + retryBudgetFloor);
        }
        if (breakerFailures < 1) {
            throw new IllegalArgumentException("breaker_failures must be >= 1, got " + breakerFailures);
        }
        requirePositive("breaker_cool_down", breakerCoolDown);
        requirePositive("breaker_max_wait", breakerMaxWait);
    }

    /**
     * 4 in flight, no rate limits, one-minute window, {@link RetryPolicy#defaults()}, retry budget
     * 0.2 plus 10, breaker after 5 consecutive failures with a 30 s cool-down, calls wait at most
     * 10 minutes for a paused endpoint.
     */
    public static TrafficSettings defaults() {
        return new TrafficSettings(4, 0, 0, Duration.ofMinutes(1), RetryPolicy.defaults(), 0.2, 10, 5,
                Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    /** A copy with another max_in_flight. */
    public TrafficSettings withMaxInFlight(int max) {
        return new TrafficSettings(max, requestsPerMinute, tokensPerMinute, rateWindow, retry, retryBudget,
                retryBudgetFloor, breakerFailures, breakerCoolDown, breakerMaxWait);
    }

    /** A copy with other rate limits over another window. */
    public TrafficSettings withRateLimits(int requests, long tokens, Duration window) {
        return new TrafficSettings(maxInFlight, requests, tokens, window, retry, retryBudget, retryBudgetFloor,
                breakerFailures, breakerCoolDown, breakerMaxWait);
    }

    /** A copy with another retry policy. */
    public TrafficSettings withRetry(RetryPolicy policy) {
        return new TrafficSettings(maxInFlight, requestsPerMinute, tokensPerMinute, rateWindow, policy, retryBudget,
                retryBudgetFloor, breakerFailures, breakerCoolDown, breakerMaxWait);
    }

    /** A copy with another retry budget. */
    public TrafficSettings withRetryBudget(double ratio, int floor) {
        return new TrafficSettings(maxInFlight, requestsPerMinute, tokensPerMinute, rateWindow, retry, ratio, floor,
                breakerFailures, breakerCoolDown, breakerMaxWait);
    }

    /** A copy with other circuit-breaker settings. */
    public TrafficSettings withBreaker(int failures, Duration coolDown, Duration maxWait) {
        return new TrafficSettings(maxInFlight, requestsPerMinute, tokensPerMinute, rateWindow, retry, retryBudget,
                retryBudgetFloor, failures, coolDown, maxWait);
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }
}
