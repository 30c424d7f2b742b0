package org.svosim.simulation.config;

/**
 * What a backend's model costs, in USD per million tokens; a null price means unknown (costs
 * are then left empty, never guessed).
 */
public record TokenPrice(Double inputPerMillion, Double outputPerMillion) {
    /** No price known. */
    public static TokenPrice unknown() {
        return new TokenPrice(null, null);
    }

    public boolean known() {
        return inputPerMillion != null && outputPerMillion != null;
    }

    /** The cost of {@code input} prompt and {@code output} completion tokens, or null if the price is unknown. */
    public Double cost(long input, long output) {
        if (!known()) {
            return null;
        }
        return (input * inputPerMillion + output * outputPerMillion) / 1_000_000.0;
    }
}
