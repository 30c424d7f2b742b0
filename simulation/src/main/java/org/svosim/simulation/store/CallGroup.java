package org.svosim.simulation.store;

/**
 * The calls to one backend with the same cached and ok flags, counted and summed in the database
 * (see {@link RunReader#callUsage()}).
 *
 * @param trialId      the trial the calls were made for, or null when summed over trials
 * @param backend      the backend that served them (null if not recorded)
 * @param cached       whether the response cache answered them
 * @param ok           whether they got a reply
 * @param calls        how many calls
 * @param inputTokens  prompt tokens summed (missing counts as 0)
 * @param outputTokens completion tokens summed (missing counts as 0)
 * @param latencyMs    latencies summed (ms)
 */
public record CallGroup(String trialId, String backend, boolean cached, boolean ok, long calls, long inputTokens,
                        long outputTokens, long latencyMs) {
}
