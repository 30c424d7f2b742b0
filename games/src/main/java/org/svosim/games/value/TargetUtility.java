package org.svosim.games.value;

import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SliderItem;

/**
 * The target utility {@code u = cos(t) * self + sin(t) * other} with cos and sin computed once
 * (bit-identical to {@link Allocation#utility(double)}), plus the tie tolerance used everywhere.
 */
record TargetUtility(double cos, double sin) {

    /** Relative tolerance under which two utilities on one item count as tied. */
    static final double RELATIVE_TIE_TOLERANCE = 1e-9;

    static TargetUtility of(double targetDegrees) {
        if (!Double.isFinite(targetDegrees)) {
            throw new IllegalArgumentException("target angle must be a finite number of degrees, got " + targetDegrees);
        }
        double r = Math.toRadians(targetDegrees);
        return new TargetUtility(Math.cos(r), Math.sin(r));
    }

    double of(Allocation a) {
        return cos * a.self() + sin * a.other();
    }

    /**
     * Absolute tie tolerance on {@code item}: {@link #RELATIVE_TIE_TOLERANCE} times the item's
     * payoff scale (largest {@code |self| + |other|}), so rounding in cos/sin never splits a tie.
     */
    static double tolerance(SliderItem item) {
        double scale = 0;
        for (Allocation a : item.options()) {
            scale = Math.max(scale, Math.abs(a.self()) + Math.abs(a.other()));
        }
        return RELATIVE_TIE_TOLERANCE * scale;
    }
}
