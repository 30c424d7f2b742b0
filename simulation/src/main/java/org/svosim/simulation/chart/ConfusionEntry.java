package org.svosim.simulation.chart;

import java.util.Objects;
import org.svosim.games.slider.SvoCategory;

/**
 * One cell of a category confusion matrix, as analysis counted it.
 *
 * @param target   the induced category (row)
 * @param measured the measured category (column)
 * @param n        valid trials in the cell
 * @param rowShare {@code n} over the row's valid trials, or null when the row has none
 */
public record ConfusionEntry(SvoCategory target, SvoCategory measured, int n, Double rowShare) {
    public ConfusionEntry {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(measured, "measured must not be null");
        if (n < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + n);
        }
    }
}
