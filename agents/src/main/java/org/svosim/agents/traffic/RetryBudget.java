package org.svosim.agents.traffic;

/**
 * A bound on retries shared by every call of one endpoint in one run: retries may add at
 * most {@code floor + ratio * firstAttempts} requests to the first attempts made so far
 * (e.g. ratio 0.2 = at most 20 % more requests, plus a small floor so that a run's first
 * calls can retry at all). When it is spent, failures are final at once. Thread-safe.
 */
public final class RetryBudget {
    private final double ratio;
    private final int floor;
    private long firstAttempts;
    private long retries;

    /**
     * @param ratio retries allowed per first attempt (>= 0)
     * @param floor retries always allowed (>= 0)
     */
    public RetryBudget(double ratio, int floor) {
        if (!(ratio >= 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("retry_budget must be a finite ratio >= 0 (e.g. 0.2), got " + ratio);
        }
        if (floor < 0) {
            throw new IllegalArgumentException("retry_budget_floor must be >= 0, got " + floor);
        }
        this.ratio = ratio;
        this.floor = floor;
    }

    /** Counts a call's first attempt (it earns the budget {@code ratio} more retries). */
    public synchronized void recordFirstAttempt() {
        firstAttempts++;
    }

    /** Takes one retry from the budget; false (and nothing taken) if it is spent. */
    public synchronized boolean tryAcquireRetry() {
        if (retries + 1 > allowed()) {
            return false;
        }
        retries++;
        return true;
    }

    /** Retries taken so far. */
    public synchronized long retriesUsed() {
        return retries;
    }

    /** First attempts counted so far. */
    public synchronized long firstAttempts() {
        return firstAttempts;
    }

    /** The most retries the budget allows right now: {@code floor + floor(ratio * firstAttempts)}. */
    public synchronized long allowed() {
        return floor + (long) Math.floor(ratio * firstAttempts);
    }
}
