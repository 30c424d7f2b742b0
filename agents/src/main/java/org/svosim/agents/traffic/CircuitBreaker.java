package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * Pauses an endpoint that keeps failing. CLOSED: calls pass; {@code failureThreshold}
 * consecutive unhealthy results open it. OPEN: callers wait out the cool-down. Then the
 * first caller becomes the one probe (HALF_OPEN) while the others keep waiting; a healthy
 * probe closes the breaker and releases them, an unhealthy one re-opens it for another
 * cool-down. Results of calls let through before the breaker opened do not move it.
 *
 * <p>Written here rather than taken from Resilience4j: its breaker trips on failure rates
 * and rejects calls instead of pausing them, and it would bring its own notion of time next
 * to the {@link TrafficClock} the limiters share. Thread-safe.
 */
public final class CircuitBreaker {
    /** The breaker's state. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** Leave to pass the breaker; {@code probe} is true for the one call that tests a paused endpoint. */
    public record Permit(boolean probe) {
    }

    private static final Permit PASS = new Permit(false);

    private final int failureThreshold;
    private final long coolDownNanos;
    private final TrafficClock clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openUntil;
    private long openings;

    /**
     * @param failureThreshold consecutive unhealthy results that open the breaker (>= 1)
     * @param coolDown         how long it stays open before a probe
     * @param clock            time source
     */
    public CircuitBreaker(int failureThreshold, Duration coolDown, TrafficClock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("breaker_failures must be >= 1, got " + failureThreshold);
        }
        if (coolDown == null || coolDown.isNegative() || coolDown.isZero()) {
            throw new IllegalArgumentException("breaker_cool_down must be a positive duration, got " + coolDown);
        }
        this.failureThreshold = failureThreshold;
        this.coolDownNanos = coolDown.toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Waits until a call may pass.
     *
     * @param maxWait the longest this caller waits for a paused endpoint
     * @throws TimeoutException when the endpoint stayed paused for longer than {@code maxWait}
     */
    public Permit acquire(Duration maxWait) throws InterruptedException, TimeoutException {
        long deadline = clock.nanoTime() + maxWait.toNanos();
        while (true) {
            long sleep;
            synchronized (this) {
                long now = clock.nanoTime();
                if (state == State.CLOSED) {
                    return PASS;
                }
                if (state == State.OPEN && now - openUntil >= 0) {
                    state = State.HALF_OPEN;
                    return new Permit(true);
                }
                if (now - deadline >= 0) {
                    throw new TimeoutException("the circuit breaker kept the endpoint paused for longer than " + maxWait);
                }
                if (state == State.HALF_OPEN) {
                    wait(Math.max(1, (deadline - now) / 1_000_000L));
                    continue;
                }
                sleep = Math.min(openUntil - now, deadline - now);
            }
            clock.sleep(Duration.ofNanos(sleep));
        }
    }

    /** Reports the result of a call that passed: healthy (the endpoint answered) or not. */
    public synchronized void release(Permit permit, boolean healthy) {
        if (permit.probe()) {
            if (healthy) {
                state = State.CLOSED;
                consecutiveFailures = 0;
            } else {
                open();
            }
            notifyAll();
            return;
        }
        if (state != State.CLOSED) {
            return;
        }
        if (healthy) {
            consecutiveFailures = 0;
        } else if (++consecutiveFailures >= failureThreshold) {
            open();
        }
    }

    /** Gives back a permit whose call never produced a result (e.g. interrupted); a probe is re-offered at once. */
    public synchronized void abandon(Permit permit) {
        if (permit.probe() && state == State.HALF_OPEN) {
            state = State.OPEN;
            openUntil = clock.nanoTime();
            notifyAll();
        }
    }

    /** The current state. */
    public synchronized State state() {
        return state;
    }

    /** How many times the breaker has opened (re-openings after a failed probe included). */
    public synchronized long openings() {
        return openings;
    }

    private void open() {
        state = State.OPEN;
        consecutiveFailures = 0;
        openUntil = clock.nanoTime() + coolDownNanos;
        openings++;
    }
}
