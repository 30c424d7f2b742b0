package org.svosim.agents.traffic;

import java.time.Duration;

/**
 * The time source of traffic control: a monotonic clock and a way to wait. Production uses
 * {@link #system()}; tests inject a virtual clock whose {@code sleep} only records the wait
 * and advances its time, so no test sleeps for real.
 */
public interface TrafficClock {
    /** Monotonic time in nanoseconds (only differences are meaningful). */
    long nanoTime();

    /** Waits {@code duration} (nothing if zero or negative); interruptible. */
    void sleep(Duration duration) throws InterruptedException;

    /** {@link System#nanoTime()} and {@link Thread#sleep(long, int)}. */
    static TrafficClock system() {
        return SystemClock.INSTANCE;
    }

    /** The real clock. */
    enum SystemClock implements TrafficClock {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (duration.isNegative() || duration.isZero()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                return;
            }
            long nanos = duration.toNanos();
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        }
    }
}
