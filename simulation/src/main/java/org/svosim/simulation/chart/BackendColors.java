package org.svosim.simulation.chart;

import java.awt.Color;

/**
 * Colours that tell backends apart in charts where colour does not stand for an orientation
 * (calibration): Okabe-Ito colours not used by {@link ValueColors}, then darker greys.
 */
final class BackendColors {
    private static final Color[] PALETTE = {
        new Color(0, 0, 0),         // black
        new Color(204, 121, 167),   // reddish purple
        new Color(86, 180, 233),    // sky blue
        new Color(213, 94, 0),      // vermillion
        new Color(140, 110, 60),    // brown
        new Color(120, 120, 120),   // grey
    };

    private BackendColors() {
    }

    /** The colour of the {@code index}-th backend (cycling after six). */
    static Color of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
