package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exact sliding-window limit: the weights admitted in any window of length W never sum
 * to more than the limit (weight 1 per request gives "at most N requests in any W"; the
 * estimated tokens of a request give a tokens-per-minute limit). A weight above the limit
 * is admitted alone into an otherwise empty window, so it cannot block forever.
 *
 * <p>Waiters queue on a fair lock, so they are admitted in arrival order and only the head
 * of the queue sleeps for the window; waiting is interruptible. An admitted weight can be
 * corrected afterwards ({@link Permit#settle(long)}), e.g. from an estimate to the tokens
 * the provider reports. A limit of 0 means unlimited. Thread-safe.
 */
public final class SlidingWindowLimiter {
    private final long limit;
    private final long windowNanos;
    private final TrafficClock clock;
    private final ReentrantLock queue = new ReentrantLock(true);
    private final Object state = new Object();
    private final ArrayDeque<Permit> admitted = new ArrayDeque<>();
    private long sum;

    /**
     * @param limit  the most weight in any window (0 = unlimited)
     * @param window the window length
     * @param clock  time source
     */
    public SlidingWindowLimiter(long limit, Duration window, TrafficClock clock) {
        if (limit < 0) {
            throw new IllegalArgumentException("a rate limit must be >= 0 (0 = unlimited), got " + limit);
        }
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("the rate window must be a positive duration, got " + window);
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether this limiter limits anything. */
    public boolean unlimited() {
        return limit == 0;
    }

    /** Waits until {@code weight} fits in the window, then admits it at the current time. */
    public Permit acquire(long weight) throws InterruptedException {
        if (weight < 0) {
            throw new IllegalArgumentException("weight must be >= 0, got " + weight);
        }
        if (unlimited()) {
            return new Permit(weight, clock.nanoTime());
        }
        queue.lockInterruptibly();
        try {
            while (true) {
                long wait;
                synchronized (state) {
                    long now = clock.nanoTime();
                    expire(now);
                    if (admitted.isEmpty() || sum + weight <= limit) {
                        Permit permit = new Permit(weight, now);
                        admitted.addLast(permit);
                        sum += weight;
                        return permit;
                    }
                    wait = nanosUntilRoom(weight, now);
                }
                clock.sleep(Duration.ofNanos(Math.max(1, wait)));
            }
        } finally {
            queue.unlock();
        }
    }

    /** The weight admitted in the window ending now. */
    public long inWindow() {
        synchronized (state) {
            expire(clock.nanoTime());
            return sum;
        }
    }

    private void expire(long now) {
        while (!admitted.isEmpty() && now - admitted.peekFirst().admittedAt >= windowNanos) {
            sum -= admitted.removeFirst().weight;
        }
    }

    /** How long until enough of the oldest admissions leave the window for {@code weight} to fit. */
    private long nanosUntilRoom(long weight, long now) {
        long remaining = sum;
        Iterator<Permit> oldestFirst = admitted.iterator();
        while (oldestFirst.hasNext()) {
            Permit p = oldestFirst.next();
            remaining -= p.weight;
            if (remaining + weight <= limit || !oldestFirst.hasNext()) {
                return p.admittedAt + windowNanos - now;
            }
        }
        return 0;
    }

    /** One admission: its time and weight, which can be corrected while it is in the window. */
    public final class Permit {
        private long weight;
        private final long admittedAt;

        private Permit(long weight, long admittedAt) {
            this.weight = weight;
            this.admittedAt = admittedAt;
        }

        /** The weight currently counted for this admission. */
        public long weight() {
            synchronized (state) {
                return weight;
            }
        }

        /** When it was admitted, in the clock's nanoseconds. */
        public long admittedAt() {
            return admittedAt;
        }

        /** Replaces the counted weight (e.g. estimated tokens by the tokens actually used). */
        public void settle(long actualWeight) {
            if (actualWeight < 0) {
                throw new IllegalArgumentException("actual weight must be >= 0, got " + actualWeight);
            }
            synchronized (state) {
                if (admitted.contains(this)) {
                    sum += actualWeight - weight;
                }
                weight = actualWeight;
            }
        }
    }
}
