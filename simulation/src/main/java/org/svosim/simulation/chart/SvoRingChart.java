package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;

/**
 * The SVO ring (Murphy et al. 2011): the self/other payoff plane with the ring of radius 50 around
 * (50, 50), the four category wedges shaded in their colours with dashed boundary rays, one point per
 * valid trial at its mean payoffs (coloured by induced value), each induced value's mean direction as
 * a ray from the centre to the ring, and its target angle as a hollow diamond on the ring. Laid out
 * for {@link #WIDTH} x {@link #HEIGHT} so that the plot area is about square.
 */
public final class SvoRingChart {
    public static final int WIDTH = 760;
    public static final int HEIGHT = 840;
    /** Dataset index of the trial points (one series per induced value, display order). */
    public static final int POINTS = 0;
    /** Dataset index of the target markers (one series per induced value, same order). */
    public static final int TARGETS = 1;
    /** Both axes run over this payoff range (coins): the ring, with room top and right for the names. */
    public static final double AXIS_LOW = -6;
    public static final double AXIS_HIGH = 130;

    private static final BasicStroke RAY = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke BOUNDARY = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {5f, 4f}, 0f);
    private static final Shape DIAMOND = diamond(7);

    private SvoRingChart() {
    }

    /** The usual title of one backend x protocol ring. */
    public static String titleFor(String backend, String protocol) {
        return "SVO ring: trials in the self/other payoff plane \u2014 " + backend + ", " + protocol;
    }

    /** The ring of the given trial points and condition means (one backend x protocol, typically). */
    public static JFreeChart create(String title, List<RingPoint> points, List<AngleMean> means) {
        Objects.requireNonNull(points, "points must not be null");
        Objects.requireNonNull(means, "means must not be null");
        List<RingValue> values = RingValue.of(points, means);
        XYPlot plot = new XYPlot(RingValue.points(values), axis("Mean payoff to self (coins)"),
                axis("Mean payoff to other (coins)"), renderer(values, ColumnMarks.POINT_SHAPE, true));
        plot.setDataset(TARGETS, RingValue.targets(values));
        plot.setRenderer(TARGETS, renderer(values, DIAMOND, false));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        AxisSpace left = new AxisSpace();
        left.setLeft(62);
        plot.setFixedRangeAxisSpace(left);
        drawRing(plot);
        for (AngleMean m : means) {
            Point2D.Double end = RingGeometry.at(m.mean(), RingGeometry.RADIUS);
            plot.addAnnotation(new XYLineAnnotation(RingGeometry.CENTRE, RingGeometry.CENTRE, end.x, end.y, RAY,
                    ValueColors.of(m.valueLabel(), m.targetDegrees())), false);
        }
        plot.setFixedLegendItems(RingValue.legend(values, RAY, DIAMOND));
        long largest = values.stream().mapToLong(v -> v.points().size()).max().orElse(0);
        return ChartStyle.chart(title, subtitle(points.size(), largest), plot, true);
    }

    private static void drawRing(XYPlot plot) {
        XYLineAndShapeRenderer background = (XYLineAndShapeRenderer) plot.getRenderer(POINTS);
        for (RingGeometry.Wedge w : RingGeometry.WEDGES) {
            Color c = ValueColors.of(w.category());
            background.addAnnotation(new XYPolygonAnnotation(RingGeometry.polygon(w), null, null,
                    ValueColors.withAlpha(c, 34)), Layer.BACKGROUND);
            Point2D.Double label = RingGeometry.at(w.middle(), RingGeometry.RADIUS + 6);
            XYTextAnnotation text = new XYTextAnnotation(w.category().label(), label.x, label.y);
            text.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 14));
            text.setPaint(c.darker());
            text.setTextAnchor(anchor(w.middle()));
            plot.addAnnotation(text, false);
        }
        background.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(RingGeometry.CENTRE - RingGeometry.RADIUS,
                RingGeometry.CENTRE - RingGeometry.RADIUS, 2 * RingGeometry.RADIUS, 2 * RingGeometry.RADIUS),
                new BasicStroke(1.5f), new Color(90, 90, 90)), Layer.BACKGROUND);
        for (double boundary : CategoryBand.BOUNDARIES) {
            Point2D.Double end = RingGeometry.at(boundary, RingGeometry.RADIUS);
            background.addAnnotation(new XYLineAnnotation(RingGeometry.CENTRE, RingGeometry.CENTRE, end.x, end.y,
                    BOUNDARY, new Color(110, 110, 110)), Layer.BACKGROUND);
        }
    }

    private static Shape diamond(double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }

    private static TextAnchor anchor(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        if (c > 0.5) {
            return TextAnchor.CENTER_LEFT;
        }
        return c < -0.5 ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(AXIS_LOW, AXIS_HIGH);
        axis.setTickUnit(new NumberTickUnit(25));
        axis.setLabelFont(ChartAxes.LABEL_FONT);
        axis.setTickLabelFont(ChartAxes.TICK_FONT);
        return axis;
    }

    private static XYLineAndShapeRenderer renderer(List<RingValue> values, Shape shape, boolean filled) {
        XYLineAndShapeRenderer r = new PointRenderer();
        for (int i = 0; i < values.size(); i++) {
            Color c = values.get(i).color();
            r.setSeriesPaint(i, filled ? ValueColors.withAlpha(c, 150) : c);
            r.setSeriesShape(i, shape);
            r.setSeriesShapesFilled(i, filled);
        }
        r.setDrawOutlines(!filled);
        r.setUseOutlinePaint(false);
        r.setDefaultOutlineStroke(new BasicStroke(2f));
        return r;
    }

    private static String subtitle(int trials, long largest) {
        return trials + (trials == 1 ? " valid trial" : " valid trials") + PointSample.subtitleNote(largest)
                + ": each point is a trial's mean payoffs over the primary items; its direction from (50, 50) is"
                + " the SVO angle. Rays: circular mean angle per induced value.";
    }
}
