package org.svosim.agents.traffic;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** The running counters behind {@link TrafficCounters}; thread-safe. */
final class TrafficStats {
    final LongAdder calls = new LongAdder();
    final LongAdder attempts = new LongAdder();
    final LongAdder retries = new LongAdder();
    final LongAdder successes = new LongAdder();
    final LongAdder failedCalls = new LongAdder();
    final LongAdder budgetExhausted = new LongAdder();
    final LongAdder limitWaitNanos = new LongAdder();
    final LongAdder breakerWaitNanos = new LongAdder();
    final LongAdder backoffWaitNanos = new LongAdder();
    private final AtomicLongArray failures = new AtomicLongArray(FailureKind.values().length);

    void failure(FailureKind kind) {
        failures.incrementAndGet(kind.ordinal());
    }

    TrafficCounters snapshot(int maxInFlight, long breakerOpenings) {
        Map<FailureKind, Long> byKind = new EnumMap<>(FailureKind.class);
        for (FailureKind kind : FailureKind.values()) {
            byKind.put(kind, failures.get(kind.ordinal()));
        }
        return new TrafficCounters(calls.sum(), attempts.sum(), retries.sum(), successes.sum(), failedCalls.sum(),
                byKind, budgetExhausted.sum(), maxInFlight, Duration.ofNanos(limitWaitNanos.sum()),
                Duration.ofNanos(breakerWaitNanos.sum()), Duration.ofNanos(backoffWaitNanos.sum()), breakerOpenings);
    }
}
