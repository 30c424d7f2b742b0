package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A sliding-window limit that holds where the provider counts: the weights (1 per request,
 * or tokens) that arrive at the provider in any window of length W never sum to more than
 * the limit. A request arrives some time between its admission and the end of its attempt
 * (connection setup, TLS and a cold client can delay it), so an admission keeps its place
 * in the window until W after its {@link Permit#end() end}; in flight, it never leaves. The
 * price: a full window lets through {@code limit} per (W + latency) instead of per W. A weight
 * above the limit is admitted alone into an otherwise empty window. A limit of 0 = unlimited.
 *
 * <p>Waiters queue on a fair lock (admitted in arrival order; only the head waits for
 * room); waiting is interruptible. An admitted weight can be corrected afterwards
 * ({@link Permit#settle(long)}), e.g. from an estimate to the tokens the provider reports.
 */
public final class SlidingWindowLimiter {
    private final long limit;
    private final long windowNanos;
    private final TrafficClock clock;
    private final ReentrantLock queue = new ReentrantLock(true);
    private final Object state = new Object();
    private final List<Permit> counted = new ArrayList<>();
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

    /** Waits until {@code weight} fits in the window, then admits it; end the permit when the attempt is over. */
    public Permit acquire(long weight) throws InterruptedException {
        if (weight < 0) {
            throw new IllegalArgumentException("weight must be >= 0, got " + weight);
        }
        if (unlimited()) {
            return new Permit(weight, clock.nanoTime(), false);
        }
        queue.lockInterruptibly();
        try {
            while (true) {
                long wait;
                synchronized (state) {
                    long now = clock.nanoTime();
                    expire(now);
                    if (sum == 0 || sum + weight <= limit) {
                        Permit permit = new Permit(weight, now, true);
                        counted.add(permit);
                        sum += weight;
                        return permit;
                    }
                    wait = nanosUntilRoom(weight, now);
                    if (wait < 0) {
                        state.wait();
                        continue;
                    }
                }
                clock.sleep(Duration.ofNanos(Math.max(1, wait)));
            }
        } finally {
            queue.unlock();
        }
    }

    /** The weight counted in the window now (in flight, or ended less than W ago). */
    public long inWindow() {
        synchronized (state) {
            expire(clock.nanoTime());
            return sum;
        }
    }

    private void expire(long now) {
        Iterator<Permit> it = counted.iterator();
        while (it.hasNext()) {
            Permit p = it.next();
            if (p.ended && now - p.endedAt >= windowNanos) {
                sum -= p.weight;
                it.remove();
            }
        }
    }

    /**
     * How long until enough ended admissions leave the window for {@code weight} to fit, or -1
     * if that needs an admission still in flight to end first. (An admission that ends later
     * leaves the window later than every one already ended, so a known wait is never too long.)
     */
    private long nanosUntilRoom(long weight, long now) {
        List<Permit> ended = new ArrayList<>();
        for (Permit p : counted) {
            if (p.ended) {
                ended.add(p);
            }
        }
        ended.sort((a, b) -> Long.compare(a.endedAt, b.endedAt));
        long remaining = sum;
        for (Permit p : ended) {
            remaining -= p.weight;
            if (remaining + weight <= limit || remaining == 0) {
                return p.endedAt + windowNanos - now;
            }
        }
        return -1;
    }

    /** One admission: counted from its admission until W after its end; its weight can be corrected. */
    public final class Permit {
        private long weight;
        private final long admittedAt;
        private final boolean tracked;
        private boolean ended;
        private long endedAt;

        private Permit(long weight, long admittedAt, boolean tracked) {
            this.weight = weight;
            this.admittedAt = admittedAt;
            this.tracked = tracked;
        }

        /** When it was admitted, in the clock's nanoseconds. */
        public long admittedAt() {
            return admittedAt;
        }

        /** The weight currently counted for this admission. */
        public long weight() {
            synchronized (state) {
                return weight;
            }
        }

        /** Replaces the counted weight (e.g. estimated tokens by the tokens actually used). */
        public void settle(long actualWeight) {
            if (actualWeight < 0) {
                throw new IllegalArgumentException("actual weight must be >= 0, got " + actualWeight);
            }
            synchronized (state) {
                if (tracked && counted.contains(this)) {
                    sum += actualWeight - weight;
                }
                weight = actualWeight;
                state.notifyAll();
            }
        }

        /** Marks the attempt as over (response received or failed): the admission leaves the window W later. Idempotent. */
        public void end() {
            synchronized (state) {
                if (!ended) {
                    ended = true;
                    endedAt = clock.nanoTime();
                    state.notifyAll();
                }
            }
        }
    }
}
