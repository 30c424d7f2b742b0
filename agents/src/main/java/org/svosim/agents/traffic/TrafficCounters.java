package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.Map;

/**
 * A snapshot of one endpoint's traffic so far.
 *
 * @param calls           calls started
 * @param attempts        attempts sent (first attempts and retries)
 * @param retries         retries sent
 * @param successes       calls that returned a result
 * @param failedCalls     calls that ended in a {@link CallFailedException}
 * @param failuresByKind  failed attempts per kind (every kind present, zeros included)
 * @param budgetExhausted calls that could not retry because the retry budget was spent
 * @param maxInFlight     the most attempts that were ever in flight together
 * @param limitWait       total time calls waited for an in-flight slot and the rate limits
 * @param breakerWait     total time calls waited for a paused endpoint
 * @param backoffWait     total time calls waited between attempts
 * @param breakerOpenings how many times the circuit breaker opened
 */
public record TrafficCounters(long calls, long attempts, long retries, long successes, long failedCalls,
                              Map<FailureKind, Long> failuresByKind, long budgetExhausted, int maxInFlight,
                              Duration limitWait, Duration breakerWait, Duration backoffWait, long breakerOpenings) {
    public TrafficCounters {
        failuresByKind = Map.copyOf(failuresByKind);
    }

    /** Failed attempts of one kind. */
    public long failures(FailureKind kind) {
        return failuresByKind.getOrDefault(kind, 0L);
    }

    /** Failed attempts of all kinds. */
    public long failedAttempts() {
        return failuresByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
