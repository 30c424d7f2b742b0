package org.svosim.simulation.chart;

import java.util.Objects;

/**
 * One cell of the value-rationality heat map.
 *
 * @param row           the row label (a backend, or "backend, protocol")
 * @param valueLabel    the induced value (the column)
 * @param targetDegrees the value's target angle, which orders the columns
 * @param value         mean value rationality in [0, 1], or null when the condition has no valid trial
 * @param low           lower end of the value's 95% interval, or null
 * @param high          upper end of the value's 95% interval, or null
 * @param n             valid trials behind the value
 */
public record HeatCell(String row, String valueLabel, double targetDegrees, Double value, Double low, Double high,
                       int n) {
    public HeatCell {
        Objects.requireNonNull(row, "row must not be null");
        Objects.requireNonNull(valueLabel, "valueLabel must not be null");
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("value rationality of " + row + "/" + valueLabel
                    + " must be within [0, 1], got " + value);
        }
    }
}
