package org.svosim.agents.traffic;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code max} calls in flight at once (a fair semaphore: first come, first served),
 * remembering the most that were ever in flight together. Thread-safe.
 */
public final class InFlightLimiter {
    private final int max;
    private final Semaphore slots;
    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger highest = new AtomicInteger();

    /** @param max the most calls in flight at once (>= 1) */
    public InFlightLimiter(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max_in_flight must be >= 1, got " + max);
        }
        this.max = max;
        this.slots = new Semaphore(max, true);
    }

    /** Waits for a free slot; pair with {@link #release()} in a finally block. */
    public void acquire() throws InterruptedException {
        slots.acquire();
        highest.accumulateAndGet(current.incrementAndGet(), Math::max);
    }

    /** Frees the slot taken by {@link #acquire()}. */
    public void release() {
        current.decrementAndGet();
        slots.release();
    }

    /** The configured maximum. */
    public int max() {
        return max;
    }

    /** Calls in flight now. */
    public int current() {
        return current.get();
    }

    /** The most calls that were ever in flight together. */
    public int highest() {
        return highest.get();
    }
}
