package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;

/**
 * The traffic control of one endpoint, shared by every agent that uses it. A call passes, in
 * this order, the circuit breaker, an in-flight slot, the tokens-per-minute and the
 * requests-per-minute windows (the request window last, so no request holds a place in it
 * while waiting for tokens), then runs; both windows count the attempt until W after it ends
 * (see {@link SlidingWindowLimiter}); a failure is classified and retried per the {@link RetryPolicy} and
 * the run's {@link RetryBudget}, after a backoff drawn from a seeded generator. Blocking:
 * call it on the endpoint's own threads, never on an actor dispatcher.
 *
 * <p>Tokens: the estimate is reserved before the attempt and replaced by the reported usage
 * after a success; a failed attempt keeps its estimate (conservative).
 */
public final class EndpointTraffic {
    private final String name;
    private final TrafficSettings settings;
    private final TrafficClock clock;
    private final RetryBudget budget;
    private final CircuitBreaker breaker;
    private final AttemptGate gate;
    private final SplittableRandom jitter;
    private final TrafficStats stats = new TrafficStats();

    /** Traffic control on the real clock; {@code seed} seeds the backoff jitter. */
    public EndpointTraffic(String name, TrafficSettings settings, long seed) {
        this(name, settings, seed, TrafficClock.system());
    }

    /** Traffic control on an injected clock (tests). */
    public EndpointTraffic(String name, TrafficSettings settings, long seed, TrafficClock clock) {
        this.name = Objects.requireNonNull(name, "endpoint name");
        this.settings = Objects.requireNonNull(settings, "traffic settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = new RetryBudget(settings.retryBudget(), settings.retryBudgetFloor());
        this.breaker = new CircuitBreaker(settings.breakerFailures(), settings.breakerCoolDown(), clock);
        this.gate = new AttemptGate(name, settings, clock, breaker, stats);
        this.jitter = new SplittableRandom(seed);
    }

    /** Runs {@code attempt} under traffic control; tokens are counted at the estimate. */
    public <T> T call(CallAttempt<T> attempt, int estimatedTokens) throws CallFailedException, InterruptedException {
        return call(attempt, estimatedTokens, null);
    }

    /**
     * Runs {@code attempt} under traffic control.
     *
     * @param estimatedTokens tokens reserved before each attempt (see {@link TokenEstimates})
     * @param reportedTokens  the tokens a result actually used, or a negative number if unknown; null = keep the estimate
     * @return the first successful attempt's result
     * @throws CallFailedException  when the call is given up, with the last failure and the reason
     * @throws InterruptedException when the calling thread is interrupted while waiting or calling
     */
    public <T> T call(CallAttempt<T> attempt, int estimatedTokens, ToIntFunction<? super T> reportedTokens)
            throws CallFailedException, InterruptedException {
        Objects.requireNonNull(attempt, "attempt");
        stats.calls.increment();
        budget.recordFirstAttempt();
        int attempts = 0;
        while (true) {
            CircuitBreaker.Permit permit = passBreaker(attempts);
            attempts++;
            AttemptGate.AttemptResult<T> result =
                    gate.run(attempt, permit, Math.max(0, estimatedTokens), reportedTokens);
            if (result.failure == null) {
                stats.successes.increment();
                return result.value;
            }
            String reason = whyNotRetry(attempts, result.failure);
            if (reason != null) {
                stats.failedCalls.increment();
                throw new CallFailedException(result.failure, attempts, reason);
            }
            stats.retries.increment();
            Duration delay;
            synchronized (jitter) {
                delay = settings.retry().delayBefore(attempts, result.failure, jitter);
            }
            long t0 = clock.nanoTime();
            clock.sleep(delay);
            stats.backoffWaitNanos.add(clock.nanoTime() - t0);
        }
    }

    /** A snapshot of the counters. */
    public TrafficCounters counters() {
        return stats.snapshot(gate.highestInFlight(), breaker.openings());
    }

    /** The endpoint's name. */
    public String name() {
        return name;
    }

    /** The settings in force. */
    public TrafficSettings settings() {
        return settings;
    }

    /** The circuit breaker's state now. */
    public CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    private CircuitBreaker.Permit passBreaker(int attempts) throws InterruptedException, CallFailedException {
        long t0 = clock.nanoTime();
        try {
            return breaker.acquire(settings.breakerMaxWait());
        } catch (TimeoutException e) {
            stats.failedCalls.increment();
            throw new CallFailedException(CallFailure.of(FailureKind.CIRCUIT_OPEN, e.getMessage()), attempts,
                    CallFailedException.ENDPOINT_PAUSED);
        } finally {
            stats.breakerWaitNanos.add(clock.nanoTime() - t0);
        }
    }

    private String whyNotRetry(int attempts, CallFailure failure) {
        if (!failure.kind().retryable()) {
            return CallFailedException.NOT_RETRYABLE;
        }
        if (attempts >= settings.retry().maxAttempts()) {
            return CallFailedException.MAX_ATTEMPTS_REACHED;
        }
        if (!budget.tryAcquireRetry()) {
            stats.budgetExhausted.increment();
            return CallFailedException.BUDGET_EXHAUSTED;
        }
        return null;
    }
}
