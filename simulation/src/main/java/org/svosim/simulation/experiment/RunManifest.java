package org.svosim.simulation.experiment;

import java.util.List;
import java.util.Map;
import org.svosim.agents.backend.BackendSpec;

/**
 * The facts of one run needed to repeat or cite it, written as {@code manifest.json}:
 * versions, seeds, the config's hash, backends and the model ids they reported, timings,
 * trial counts, call and token totals. Written when the run starts (status "running")
 * and rewritten from the run database when it ends ("finished", or "stopped: reason" when
 * it ended before the plan was done; such a run can be resumed).
 */
public record RunManifest(
        String tool,
        Map<String, String> versions,
        String runId,
        String experiment,
        String configFile,
        String configSha256,
        long seed,
        String trialSeedRule,
        int concurrency,
        String status,
        String startedAt,
        String finishedAt,
        Long wallMs,
        long plannedTrials,
        Map<String, Long> trials,
        Map<String, Backend> backends,
        Totals totals,
        Cache cache) {

    /** One backend as configured and as used. */
    public record Backend(String provider, BackendSpec spec, List<String> reportedModelIds, long calls,
                          long cachedCalls, long failedCalls, long inputTokens, long outputTokens,
                          Double meanLatencyMs, Double costUsd) {
    }

    /**
     * Totals over every call of the run, including calls of interrupted attempts (they were paid
     * for) and calls answered from the response cache ({@code cachedCalls}, not paid again).
     */
    public record Totals(long calls, long cachedCalls, long failedCalls, long inputTokens, long outputTokens,
                         Double costUsd) {
    }

    /**
     * The response cache of the last attempt: its file (null when no cache was used), and how
     * many requests it answered (hits) or passed to the provider (misses).
     */
    public record Cache(String file, long hits, long misses) {
    }
}
