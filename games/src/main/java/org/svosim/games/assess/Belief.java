package org.svosim.games.assess;

/**
 * What a decider is assumed to expect from the other players who answer the same stage
 * (simultaneous moves). Later stages of the same round are always played by ideal players of the
 * decider's angle, and each decision is judged by the payoffs of its own round.
 */
public enum Belief {
    /** The others' actual answers at that stage (judging the decision after the fact). */
    EX_POST,
    /** Each other player's answer equally likely over its choice space, independently. */
    UNIFORM
}
