package org.svosim.agents.backend;

/**
 * Sampling settings sent with every request of a backend; a null field is left to the
 * provider's default.
 */
public record SamplingParameters(Double temperature, Double topP, Integer maxTokens, Integer seed) {
    /** All provider defaults. */
    public static SamplingParameters defaults() {
        return new SamplingParameters(null, null, null, null);
    }
}
