package org.svosim.simulation.experiment;

import java.util.List;
import java.util.Map;
import org.svosim.agents.backend.BackendSpec;

/**
 * The facts of one run needed to repeat or cite it, written as {@code manifest.json}:
 * versions, seeds, the config's hash, backends and the model ids they reported, timings,
 * trial counts, call and token totals. Written when the run starts (status "running")
 * and rewritten from the run database when it ends.
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
        Totals totals) {

    /** One backend as configured and as used. */
    public record Backend(String provider, BackendSpec spec, List<String> reportedModelIds, long calls,
                          long failedCalls, long inputTokens, long outputTokens, Double meanLatencyMs) {
    }

    /** Totals over every call of the run. */
    public record Totals(long calls, long failedCalls, long inputTokens, long outputTokens) {
    }
}
