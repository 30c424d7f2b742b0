package org.svosim.simulation.chart;

import java.awt.geom.Point2D;
import java.util.List;
import org.svosim.games.slider.SvoCategory;

/**
 * The SVO ring of Murphy et al. (2011) in the self/other payoff plane: centre (50, 50), radius 50,
 * on which the slider items' end points lie (to rounding: (100, 50), (50, 100) at 50 and
 * (85, 85), (85, 15) at 49.5). The category wedges are bounded by rays at the Murphy boundaries
 * (57.15, 22.45, -12.04 degrees); the two open-ended categories are drawn symmetric about their
 * ring angle (altruistic 90: 57.15 to 122.85; competitive -45: -77.96 to -12.04).
 */
final class RingGeometry {
    static final double CENTRE = 50;
    static final double RADIUS = 50;

    /** One category's wedge, from one angle to a larger one (degrees). */
    record Wedge(SvoCategory category, double from, double to) {
        double middle() {
            return (from + to) / 2;
        }
    }

    static final List<Wedge> WEDGES = List.of(
            new Wedge(SvoCategory.ALTRUISTIC, SvoCategory.ALTRUISTIC_ABOVE,
                    2 * SvoCategory.ALTRUISTIC.ringAngle() - SvoCategory.ALTRUISTIC_ABOVE),
            new Wedge(SvoCategory.PROSOCIAL, SvoCategory.PROSOCIAL_ABOVE, SvoCategory.ALTRUISTIC_ABOVE),
            new Wedge(SvoCategory.INDIVIDUALISTIC, SvoCategory.INDIVIDUALISTIC_ABOVE, SvoCategory.PROSOCIAL_ABOVE),
            new Wedge(SvoCategory.COMPETITIVE,
                    2 * SvoCategory.COMPETITIVE.ringAngle() - SvoCategory.INDIVIDUALISTIC_ABOVE,
                    SvoCategory.INDIVIDUALISTIC_ABOVE));

    private RingGeometry() {
    }

    /** The point at {@code degrees} and distance {@code r} from the centre. */
    static Point2D.Double at(double degrees, double r) {
        double a = Math.toRadians(degrees);
        return new Point2D.Double(CENTRE + r * Math.cos(a), CENTRE + r * Math.sin(a));
    }

    /** The wedge as a closed polygon {x0, y0, x1, y1, ...}: the centre, then the arc in 1-degree steps. */
    static double[] polygon(Wedge w) {
        int steps = (int) Math.ceil(w.to() - w.from());
        double[] xy = new double[2 * (steps + 2)];
        xy[0] = CENTRE;
        xy[1] = CENTRE;
        for (int k = 0; k <= steps; k++) {
            Point2D.Double p = at(w.from() + (w.to() - w.from()) * k / steps, RADIUS);
            xy[2 * k + 2] = p.x;
            xy[2 * k + 3] = p.y;
        }
        return xy;
    }
}
