package org.svosim.simulation.store;

import java.time.Instant;
import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.ModelRole;

/**
 * One row of the {@code calls} table: one model call made for a trial, committed when it returned
 * (before its trial finished). Calls of an attempt that was interrupted stay in the table: they
 * were made and paid for, though their trial was run again by a later attempt. The purpose is stored as
 * two columns, {@code purpose} (the step) and {@code item_number} (null for steps about no item).
 *
 * @param trialId      the trial
 * @param seq          order within the trial's calls, from 0
 * @param role         agent or extractor
 * @param purpose      the protocol step and item
 * @param backend      backend name that served the call
 * @param modelId      model id reported by the provider (or configured)
 * @param ok           whether a reply was received
 * @param error        the failure reason, or null
 * @param startedAt    when the call was sent
 * @param latencyMs    wall time of the call including retries (ms)
 * @param inputTokens  prompt tokens reported, or null
 * @param outputTokens completion tokens reported, or null
 * @param requestHash  SHA-256 (hex) of the request
 * @param attempt      the run attempt that made the call: 1 for the first run, 2 after the first resume, ...
 * @param cached       whether the reply came from the response cache (nothing was sent or paid)
 */
public record CallRow(String trialId, int seq, ModelRole role, CallPurpose purpose, String backend,
                      String modelId, boolean ok, String error, Instant startedAt, long latencyMs,
                      Integer inputTokens, Integer outputTokens, String requestHash, int attempt,
                      boolean cached) {
}
