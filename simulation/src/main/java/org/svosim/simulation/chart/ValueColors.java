package org.svosim.simulation.chart;

import java.awt.Color;
import org.svosim.games.slider.SvoCategory;

/**
 * The colour of each induced value: one fixed, colour-blind-safe colour per named SVO
 * category (Okabe-Ito palette) and a neutral grey for explicit target angles.
 */
final class ValueColors {

    /** Colour of explicit target angles, which have no category of their own. */
    static final Color NEUTRAL = new Color(102, 102, 102);

    private ValueColors() {
    }

    /** The opaque colour of a category. */
    static Color of(SvoCategory category) {
        switch (category) {
            case ALTRUISTIC:
                return new Color(0, 158, 115);   // bluish green
            case PROSOCIAL:
                return new Color(0, 114, 178);   // blue
            case INDIVIDUALISTIC:
                return new Color(230, 159, 0);   // orange
            case COMPETITIVE:
                return new Color(204, 51, 17);   // red
            default:
                throw new IllegalArgumentException("no colour for category " + category);
        }
    }

    /**
     * The opaque colour of a column: its category's colour when the label names a category
     * and the target sits at that category's ring angle, else {@link #NEUTRAL}.
     */
    static Color of(ValueColumn column) {
        return of(column.valueLabel(), column.targetDegrees());
    }

    /**
     * The opaque colour of an induced value: its category's colour when the label names a
     * category and the target sits at that category's ring angle, else {@link #NEUTRAL}.
     */
    static Color of(String valueLabel, double targetDegrees) {
        for (SvoCategory c : SvoCategory.values()) {
            if (c.label().equalsIgnoreCase(valueLabel.trim()) && c.ringAngle() == targetDegrees) {
                return of(c);
            }
        }
        return NEUTRAL;
    }

    /** The colour with the given alpha (0-255). */
    static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }
}
