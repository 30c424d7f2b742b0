package org.svosim.simulation.run;

import java.time.Instant;
import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.ModelRole;

/**
 * One model call made for a trial.
 *
 * @param seq          order within the trial, from 0
 * @param role         agent or extractor
 * @param purpose      protocol step
 * @param backend      backend name that served the call
 * @param modelId      model id reported by the provider (or configured)
 * @param ok           whether a reply was received
 * @param error        the failure reason when not ok, else null
 * @param startedAt    when the call was sent
 * @param latencyMs    wall time of the call including retries
 * @param inputTokens  prompt tokens reported by the provider, or null
 * @param outputTokens completion tokens reported by the provider, or null
 * @param requestHash  SHA-256 of provider, model, parameters and messages (hex)
 * @param cached       whether the reply came from the response cache (no request was sent, nothing paid)
 */
public record CallRecord(int seq, ModelRole role, CallPurpose purpose, String backend, String modelId, boolean ok,
                         String error, Instant startedAt, long latencyMs, Integer inputTokens, Integer outputTokens,
                         String requestHash, boolean cached) {
}
