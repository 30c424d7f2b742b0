package org.svosim.agents.traffic;

import java.util.function.ToIntFunction;

/**
 * One attempt of an endpoint's call through its limits: an in-flight slot, then the token
 * and request windows, then the call; the failure (if any) is classified and counted, the
 * breaker told, and every slot and window place released or ended, whatever happens.
 */
final class AttemptGate {
    private final String endpoint;
    private final TrafficClock clock;
    private final InFlightLimiter inFlight;
    private final SlidingWindowLimiter requests;
    private final SlidingWindowLimiter tokens;
    private final CircuitBreaker breaker;
    private final TrafficStats stats;

    AttemptGate(String endpoint, TrafficSettings settings, TrafficClock clock, CircuitBreaker breaker,
                TrafficStats stats) {
        this.endpoint = endpoint;
        this.clock = clock;
        this.inFlight = new InFlightLimiter(settings.maxInFlight());
        this.requests = new SlidingWindowLimiter(settings.requestsPerMinute(), settings.rateWindow(), clock);
        this.tokens = new SlidingWindowLimiter(settings.tokensPerMinute(), settings.rateWindow(), clock);
        this.breaker = breaker;
        this.stats = stats;
    }

    /** The most attempts ever in flight together. */
    int highestInFlight() {
        return inFlight.highest();
    }

    /**
     * Runs one attempt that has passed the breaker with {@code permit}, and reports its outcome
     * to the breaker (or gives the permit back if there is none, e.g. on interruption).
     */
    <T> AttemptResult<T> run(CallAttempt<T> attempt, CircuitBreaker.Permit permit, int estimate,
                             ToIntFunction<? super T> reportedTokens) throws InterruptedException {
        boolean reported = false;
        SlidingWindowLimiter.Permit tokenPermit = null;
        SlidingWindowLimiter.Permit requestPermit = null;
        long t0 = clock.nanoTime();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            breaker.abandon(permit);
            throw e;
        }
        try {
            tokenPermit = tokens.acquire(estimate);
            requestPermit = requests.acquire(1);
            stats.limitWaitNanos.add(clock.nanoTime() - t0);
            stats.attempts.increment();
            T value;
            try {
                value = attempt.attempt();
            } catch (Exception e) {
                if (e instanceof InterruptedException || Thread.interrupted()) {
                    throw new InterruptedException("interrupted during a call to endpoint " + endpoint);
                }
                CallFailure failure = FailureClassifier.classify(e);
                stats.failure(failure.kind());
                breaker.release(permit, !failure.kind().endpointFault());
                reported = true;
                return new AttemptResult<>(null, failure);
            }
            breaker.release(permit, true);
            reported = true;
            if (reportedTokens != null) {
                int used = reportedTokens.applyAsInt(value);
                if (used >= 0) {
                    tokenPermit.settle(used);
                }
            }
            return new AttemptResult<>(value, null);
        } finally {
            if (requestPermit != null) {
                requestPermit.end();
            }
            if (tokenPermit != null) {
                tokenPermit.end();
            }
            inFlight.release();
            if (!reported) {
                breaker.abandon(permit);
            }
        }
    }

    /** Either a value (failure null) or a failure. */
    static final class AttemptResult<T> {
        final T value;
        final CallFailure failure;

        AttemptResult(T value, CallFailure failure) {
            this.value = value;
            this.failure = failure;
        }
    }
}
