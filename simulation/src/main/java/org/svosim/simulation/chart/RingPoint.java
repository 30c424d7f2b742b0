package org.svosim.simulation.chart;

import java.util.Objects;

/**
 * One valid trial as a point of the self/other payoff plane: its mean payoffs over the primary
 * items, whose direction from (50, 50) is its SVO angle.
 *
 * @param backend       backend id
 * @param protocol      protocol variant id
 * @param valueLabel    the induced value's label
 * @param targetDegrees the induced value's target angle (degrees)
 * @param meanSelf      mean payoff to self over the primary answers (coins)
 * @param meanOther     mean payoff to the other over the primary answers (coins)
 */
public record RingPoint(String backend, String protocol, String valueLabel, double targetDegrees, double meanSelf,
                        double meanOther) {
    public RingPoint {
        Objects.requireNonNull(backend, "backend must not be null");
        Objects.requireNonNull(protocol, "protocol must not be null");
        Objects.requireNonNull(valueLabel, "valueLabel must not be null");
        if (!Double.isFinite(meanSelf) || !Double.isFinite(meanOther)) {
            throw new IllegalArgumentException("mean payoffs must be finite, got (" + meanSelf + ", " + meanOther
                    + ") for " + backend + "/" + valueLabel);
        }
    }

    /** The point's angle from the ring centre (degrees): {@code atan2(other - 50, self - 50)}. */
    public double angle() {
        return Math.toDegrees(Math.atan2(meanOther - RingGeometry.CENTRE, meanSelf - RingGeometry.CENTRE));
    }
}
