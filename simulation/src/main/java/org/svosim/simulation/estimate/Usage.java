package org.svosim.simulation.estimate;

/** Calls and tokens of some model traffic (an estimate when it comes from this package). */
public record Usage(long calls, long inputTokens, long outputTokens) {
    public static final Usage NONE = new Usage(0, 0, 0);

    public Usage plus(Usage other) {
        return new Usage(calls + other.calls, inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }

    public Usage times(long n) {
        return new Usage(calls * n, inputTokens * n, outputTokens * n);
    }
}
