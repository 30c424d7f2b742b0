package org.svosim.simulation.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A colour scale over [0, 1] for shaded tables. {@link #VIRIDIS} (dark purple to yellow) is
 * perceptually uniform and colour-blind safe; {@link #BLUES} runs from white to dark blue. Values
 * outside [0, 1] are clamped; NaN (a missing value) is light grey.
 */
final class UnitScale implements PaintScale {
    static final Color MISSING = new Color(232, 232, 232);
    /** Viridis at 0, 0.25, 0.5, 0.75, 1 (matplotlib's values), linearly interpolated. */
    static final UnitScale VIRIDIS = new UnitScale(new Color(68, 1, 84), new Color(59, 82, 139),
            new Color(33, 145, 140), new Color(94, 201, 98), new Color(253, 231, 37));
    /** White to the Okabe-Ito blue of the prosocial category. */
    static final UnitScale BLUES = new UnitScale(new Color(255, 255, 255), new Color(0, 114, 178));

    private final Color[] stops;

    private UnitScale(Color... stops) {
        this.stops = stops;
    }

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return 1;
    }

    @Override
    public Paint getPaint(double value) {
        return color(value);
    }

    /** The colour of a value. */
    Color color(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double v = Math.max(0, Math.min(1, value)) * (stops.length - 1);
        int i = Math.min((int) Math.floor(v), stops.length - 2);
        double f = v - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    /** Black or white, whichever reads better on the value's colour. */
    Color textOn(double value) {
        Color c = color(value);
        double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return luminance > 140 ? Color.BLACK : Color.WHITE;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
