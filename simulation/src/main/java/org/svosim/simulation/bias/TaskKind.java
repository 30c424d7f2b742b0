package org.svosim.simulation.bias;

/** What a bias-probe call asks for. */
public enum TaskKind {
    /** A verdict (BIASED / UNBIASED) on a scenario under a condition. */
    JUDGE,
    /** An explanation of why a gold-biased scenario is biased. */
    EXPLAIN,
    /** A rating (AGREE / DISAGREE) of another (or its own) explanation. */
    RATE
}
