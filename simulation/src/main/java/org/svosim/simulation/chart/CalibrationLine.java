package org.svosim.simulation.chart;

import java.util.Objects;

/**
 * A backend's fitted line of measured on target angle, as analysis computed it.
 *
 * @param backend   backend id
 * @param protocol  protocol variant id
 * @param slope     fitted slope
 * @param intercept fitted intercept (degrees)
 */
public record CalibrationLine(String backend, String protocol, double slope, double intercept) {
    public CalibrationLine {
        Objects.requireNonNull(backend, "backend must not be null");
        Objects.requireNonNull(protocol, "protocol must not be null");
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("line of " + backend + " must have a finite slope and intercept");
        }
    }

    /** The fitted angle at {@code target}. */
    public double at(double target) {
        return intercept + slope * target;
    }
}
