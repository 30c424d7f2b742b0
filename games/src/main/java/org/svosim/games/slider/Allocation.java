package org.svosim.games.slider;

/**
 * One option of an allocation choice: the payoff to the decider ("self") and to the
 * other participant ("other"), in the measure's units (coins).
 */
public record Allocation(double self, double other) {
    public Allocation {
        if (!Double.isFinite(self) || !Double.isFinite(other)) {
            throw new IllegalArgumentException("payoffs must be finite: " + self + ", " + other);
        }
    }

    /** The utility of this allocation to an agent whose SVO angle is {@code degrees}. */
    public double utility(double degrees) {
        double r = Math.toRadians(degrees);
        return Math.cos(r) * self + Math.sin(r) * other;
    }
}
