package org.svosim.simulation.endpoint;

import java.time.Instant;

/**
 * What one model call returned, or why it failed; never thrown, always recorded.
 *
 * @param text         the reply text when ok, else null
 * @param modelId      model id reported by the provider (falls back to the configured one)
 * @param inputTokens  prompt tokens reported, or null
 * @param outputTokens completion tokens reported, or null
 * @param error        failure reason when the call failed, else null
 * @param startedAt    when the call was sent
 * @param latencyMs    wall time of the call
 * @param requestHash  SHA-256 (hex) of provider, endpoint, model, sampling parameters and messages
 * @param cached       the reply came from the response cache: nothing was sent, nothing paid
 */
public record CallResult(String text, String modelId, Integer inputTokens, Integer outputTokens, String error,
                         Instant startedAt, long latencyMs, String requestHash, boolean cached) {
    public boolean ok() {
        return error == null;
    }
}
