package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A test clock whose time only moves when someone sleeps or the test advances it; it records every sleep. */
final class VirtualClock implements TrafficClock {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        synchronized (sleeps) {
            sleeps.add(duration);
        }
        now.addAndGet(duration.toNanos());
    }

    void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }
}
