package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;

/**
 * How each column is marked besides its points: the ideal agent's angle interval as a grey
 * box behind the points, the mean as a short black bar, and the legend that explains both.
 */
final class ColumnMarks {

    /** Half width of the ideal-interval box (in column widths); wider than the jitter. */
    static final double IDEAL_HALF_WIDTH = 0.3;
    /** Smallest height (degrees) of the box, so that a point interval stays visible. */
    static final double IDEAL_MIN_HEIGHT = 1.2;

    static final Color IDEAL_FILL = new Color(0, 0, 0, 38);
    static final Color IDEAL_OUTLINE = new Color(60, 60, 60);
    static final BasicStroke IDEAL_STROKE = new BasicStroke(1.2f);
    static final Color MEAN_COLOR = Color.BLACK;
    /** The mean bar (pixels at 1x), centred on the mean. */
    static final Shape MEAN_SHAPE = new Rectangle2D.Double(-22, -2, 44, 4);
    /** A trial's point (pixels at 1x). */
    static final Shape POINT_SHAPE = new Ellipse2D.Double(-4.5, -4.5, 9, 9);

    private ColumnMarks() {
    }

    /** Adds one ideal-interval box per column to the renderer, behind its points. */
    static void addIdealBoxes(XYItemRenderer renderer, List<ValueColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            ValueColumn c = columns.get(i);
            double pad = Math.max(0, IDEAL_MIN_HEIGHT - (c.idealHigh() - c.idealLow())) / 2;
            renderer.addAnnotation(new XYBoxAnnotation(i - IDEAL_HALF_WIDTH, c.idealLow() - pad,
                    i + IDEAL_HALF_WIDTH, c.idealHigh() + pad, IDEAL_STROKE, IDEAL_OUTLINE, IDEAL_FILL),
                    Layer.BACKGROUND);
        }
    }

    /** The legend: a trial point, the mean bar and the ideal agent's interval. */
    static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("trial (one point each)", null, null, null,
                POINT_SHAPE, ValueColors.withAlpha(ValueColors.NEUTRAL, 150)));
        items.add(new LegendItem("mean", null, null, null, MEAN_SHAPE, MEAN_COLOR));
        items.add(new LegendItem("ideal agent", null, null, null,
                new Rectangle2D.Double(-9, -5, 18, 10), IDEAL_FILL, IDEAL_STROKE, IDEAL_OUTLINE));
        return items;
    }
}
