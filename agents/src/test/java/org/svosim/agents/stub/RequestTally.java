package org.svosim.agents.stub;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a stub saw: arrival times, the fault served to each request, how many requests were
 * being handled at once, and the most arrivals in any sliding window. Thread-safe.
 */
public final class RequestTally {
    private final List<Long> arrivals = new ArrayList<>();
    private final Map<Fault, Integer> served = new EnumMap<>(Fault.class);
    private int inFlight;
    private int maxInFlight;

    /** A request arrived; returns its index (0-based). */
    synchronized int arrived(long nanoTime) {
        arrivals.add(nanoTime);
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return arrivals.size() - 1;
    }

    synchronized void served(Fault fault) {
        served.merge(fault, 1, Integer::sum);
    }

    synchronized void finished() {
        inFlight--;
    }

    /** Requests received. */
    public synchronized int requests() {
        return arrivals.size();
    }

    /** Requests served with {@code fault}. */
    public synchronized int count(Fault fault) {
        return served.getOrDefault(fault, 0);
    }

    /** The most requests that were being handled at once (hung requests count until the stub gives up on them). */
    public synchronized int maxInFlight() {
        return maxInFlight;
    }

    /** The most arrivals within any window of length {@code window} (arrivals t1 <= t2 share one if t2 - t1 < window). */
    public synchronized int maxInWindow(Duration window) {
        List<Long> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        long w = window.toNanos();
        int best = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (sorted.get(end) - sorted.get(start) >= w) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }
}
