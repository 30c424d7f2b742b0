package org.svosim.agents.backend;

import java.util.Objects;

/**
 * How the simulated agent chooses. Its effective angle is
 * {@code fidelity * induced + (1 - fidelity) * pullAngle}; it picks option {@code j} with
 * probability proportional to {@code exp(u_j / noise)} where {@code u_j} is the option's
 * utility at the effective angle (noise 0 = always a best option); with probability
 * {@code malformedRate} a reply carries no usable answer. As a social-bias judge it follows
 * {@code judge}.
 *
 * @param fidelity      0..1, how fully the induced value is followed
 * @param pullAngle     degrees, where the agent drifts when fidelity is below 1
 * @param noise         softmax temperature in payoff units (>= 0)
 * @param malformedRate 0..1, share of replies with no parseable answer
 * @param judge         how it judges, explains and rates in the bias probe
 */
public record SimulatedAgentSettings(double fidelity, double pullAngle, double noise, double malformedRate,
                                     SimulatedJudgeSettings judge) {
    /** Settings with the default judge behaviour ({@link SimulatedJudgeSettings#DEFAULTS}). */
    public SimulatedAgentSettings(double fidelity, double pullAngle, double noise, double malformedRate) {
        this(fidelity, pullAngle, noise, malformedRate, SimulatedJudgeSettings.DEFAULTS);
    }

    public SimulatedAgentSettings {
        Objects.requireNonNull(judge, "simulated judge settings");
        if (fidelity < 0 || fidelity > 1) {
            throw new IllegalArgumentException("fidelity must be in [0, 1]: " + fidelity);
        }
        if (noise < 0) {
            throw new IllegalArgumentException("noise must be >= 0: " + noise);
        }
        if (malformedRate < 0 || malformedRate > 1) {
            throw new IllegalArgumentException("malformed_rate must be in [0, 1]: " + malformedRate);
        }
    }

    /** A copy with {@code judge} as its judge behaviour. */
    public SimulatedAgentSettings withJudge(SimulatedJudgeSettings judge) {
        return new SimulatedAgentSettings(fidelity, pullAngle, noise, malformedRate, judge);
    }
}
