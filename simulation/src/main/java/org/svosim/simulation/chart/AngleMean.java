package org.svosim.simulation.chart;

import java.util.Objects;

/**
 * The mean measured angle of one condition with its interval, as analysis computed it (the
 * charts draw it, they do not compute it).
 *
 * @param backend       backend id
 * @param protocol      protocol variant id
 * @param valueLabel    the induced value's label
 * @param targetDegrees the induced value's target angle (degrees)
 * @param mean          the (circular) mean angle (degrees)
 * @param low           lower end of its interval (degrees), or null
 * @param high          upper end of its interval (degrees), or null
 */
public record AngleMean(String backend, String protocol, String valueLabel, double targetDegrees, double mean,
                        Double low, Double high) {
    public AngleMean {
        Objects.requireNonNull(backend, "backend must not be null");
        Objects.requireNonNull(protocol, "protocol must not be null");
        Objects.requireNonNull(valueLabel, "valueLabel must not be null");
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean angle of " + backend + "/" + valueLabel + " must be finite");
        }
    }

    /** Whether the interval is known. */
    public boolean hasInterval() {
        return low != null && high != null;
    }
}
