package org.svosim.simulation.export;

import org.svosim.simulation.store.CallRow;

/**
 * One backend's calls summed (or all backends'): counts, tokens sent and received (cache hits and
 * missing counts as 0), latency and cost in USD at the run's prices (null once one call's price is
 * unknown; cache hits free).
 *
 * @param calls        calls made
 * @param cached       calls the response cache answered
 * @param failed       calls that got no reply
 * @param inputTokens  prompt tokens of the calls actually sent
 * @param outputTokens completion tokens of the calls actually sent
 * @param latencyMs    latencies summed (ms)
 * @param costUsd      cost in USD, or null when unknown
 */
public record BackendUsage(long calls, long cached, long failed, long inputTokens, long outputTokens, long latencyMs,
                           Double costUsd) {

    /** No calls. */
    public static BackendUsage none() {
        return new BackendUsage(0, 0, 0, 0, 0, 0, 0.0);
    }

    /** These sums plus one call costing {@code callCost} (null when unknown). */
    public BackendUsage plus(CallRow c, Double callCost) {
        return new BackendUsage(calls + 1, cached + (c.cached() ? 1 : 0), failed + (c.ok() ? 0 : 1),
                inputTokens + (c.cached() || c.inputTokens() == null ? 0 : c.inputTokens()),
                outputTokens + (c.cached() || c.outputTokens() == null ? 0 : c.outputTokens()),
                latencyMs + c.latencyMs(), costUsd == null || callCost == null ? null : costUsd + callCost);
    }

    /** These sums plus a group of calls that all cost 0 (or null when unknown). */
    BackendUsage plus(long n, boolean isCached, boolean ok, long input, long output, long latency, Double groupCost) {
        return new BackendUsage(calls + n, cached + (isCached ? n : 0), failed + (ok ? 0 : n),
                inputTokens + (isCached ? 0 : input), outputTokens + (isCached ? 0 : output), latencyMs + latency,
                costUsd == null || groupCost == null ? null : costUsd + groupCost);
    }
}
