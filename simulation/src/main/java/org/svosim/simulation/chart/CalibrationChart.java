package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Measured against target angle, one colour per backend (x protocol): each valid trial as a point
 * (dodged sideways per backend and jittered by at most {@link #JITTER} degrees, seeded, so that
 * backends at one target do not hide each other), each backend's fitted OLS line, the identity line
 * (perfect calibration) dashed, and the ideal agent's angle interval at each target as a grey box
 * (the best any agent can reach on the measure). Laid out for {@link #WIDTH} x {@link #HEIGHT}.
 */
public final class CalibrationChart {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 640;
    /** Horizontal distance (degrees) between neighbouring backends' points at one target. */
    public static final double DODGE = 3;
    /** Largest horizontal jitter (degrees) of a point around its backend's dodged position. */
    public static final double JITTER = 1;

    private static final BasicStroke FIT = new BasicStroke(2.2f);
    private static final BasicStroke IDENTITY = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    private CalibrationChart() {
    }

    /** The chart of the points and the backends' fitted lines. */
    public static JFreeChart create(String title, List<AnglePoint> points, List<CalibrationLine> lines) {
        Objects.requireNonNull(points, "points must not be null");
        Objects.requireNonNull(lines, "lines must not be null");
        Map<BackendProtocol, List<AnglePoint>> groups = BackendProtocol.group(points);
        List<BackendProtocol> order = new ArrayList<>(groups.keySet());
        boolean withProtocol = order.stream().map(BackendProtocol::protocol).distinct().count() > 1;
        double[] x = targetRange(points);
        double[] y = ChartAxes.angleRange(ValueColumn.of(points));
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new PointRenderer();
        LegendItemCollection legend = new LegendItemCollection();
        for (int k = 0; k < order.size(); k++) {
            BackendProtocol g = order.get(k);
            Color color = BackendColors.of(k);
            dataset.addSeries(series(g.label(withProtocol), groups.get(g), dodge(k, order.size())));
            renderer.setSeriesPaint(k, ValueColors.withAlpha(color, 130));
            renderer.setSeriesShape(k, ColumnMarks.POINT_SHAPE);
            CalibrationLine line = lines.stream().filter(l -> g.equals(new BackendProtocol(l.backend(), l.protocol())))
                    .findFirst().orElse(null);
            if (line != null) {
                renderer.addAnnotation(new XYLineAnnotation(x[0], line.at(x[0]), x[1], line.at(x[1]), FIT, color));
            }
            legend.add(new LegendItem(legendText(g.label(withProtocol), line), null, null, null, true,
                    ColumnMarks.POINT_SHAPE, true, color, false, color, FIT, line != null,
                    new Line2D.Double(-12, 0, 12, 0), FIT, color));
        }
        addIdealBoxes(renderer, points);
        renderer.addAnnotation(new XYLineAnnotation(x[0], x[0], x[1], x[1], IDENTITY, Color.GRAY), Layer.BACKGROUND);
        legend.add(new LegendItem("identity (measured = target)", null, null, null, false, ColumnMarks.POINT_SHAPE,
                false, Color.GRAY, false, Color.GRAY, IDENTITY, true, new Line2D.Double(-12, 0, 12, 0), IDENTITY,
                Color.GRAY));
        legend.add(ColumnMarks.legend().get(2));
        XYPlot plot = new XYPlot(dataset, axis("Target angle \u03b8* (degrees)", x, 15),
                axis("Measured SVO angle (degrees)", y, 10), renderer);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setNoDataMessage(AngleDistributionChart.NO_DATA);
        plot.setFixedLegendItems(legend);
        plot.setInsets(new RectangleInsets(4, 4, 4, 24));
        long largest = PointSample.largestGroup(points,
                p -> new BackendProtocol(p.backend(), p.protocol()).label(true) + "/" + p.valueLabel());
        String subtitle = points.size() + " valid trials" + PointSample.subtitleNote(largest)
                + "; lines: OLS fit per backend; pull toward the middle"
                + " = 1 - slope (0 = follows the target, 1 = ignores it). Angles on the measure stop at -16.26\u00b0"
                + " and 61.39\u00b0, so even the ideal agent (grey boxes) has a slope below 1.";
        return ChartStyle.chart(title, subtitle, plot, !points.isEmpty());
    }

    /** Horizontal offset (degrees) of the {@code k}-th of {@code n} backends. */
    static double dodge(int k, int n) {
        return (k - (n - 1) / 2.0) * DODGE;
    }

    private static XYSeries series(String key, List<AnglePoint> points, double dodge) {
        XYSeries s = new XYSeries(key, false, true);
        SplittableRandom jitter = new SplittableRandom(AngleDatasets.JITTER_SEED ^ key.hashCode());
        for (AnglePoint p : PointSample.perGroup(points, AnglePoint::valueLabel, key)) {
            s.add(p.targetDegrees() + dodge + jitter.nextDouble(-JITTER, JITTER), p.angle());
        }
        return s;
    }

    private static void addIdealBoxes(XYLineAndShapeRenderer renderer, List<AnglePoint> points) {
        for (ValueColumn c : ValueColumn.of(points)) {
            double pad = Math.max(0, ColumnMarks.IDEAL_MIN_HEIGHT - (c.idealHigh() - c.idealLow())) / 2;
            renderer.addAnnotation(new XYBoxAnnotation(c.targetDegrees() - 6, c.idealLow() - pad,
                    c.targetDegrees() + 6, c.idealHigh() + pad, ColumnMarks.IDEAL_STROKE, ColumnMarks.IDEAL_OUTLINE,
                    ColumnMarks.IDEAL_FILL), Layer.BACKGROUND);
        }
    }

    private static String legendText(String label, CalibrationLine line) {
        return line == null ? label + " (no fit)" : String.format(Locale.ROOT, "%s: slope %.2f, pull %.2f", label,
                line.slope(), 1 - line.slope());
    }

    private static double[] targetRange(List<AnglePoint> points) {
        double low = points.stream().mapToDouble(AnglePoint::targetDegrees).min().orElse(-45);
        double high = points.stream().mapToDouble(AnglePoint::targetDegrees).max().orElse(90);
        return new double[] {Math.floor(low / 15) * 15 - 15, Math.ceil(high / 15) * 15 + 15};
    }

    private static NumberAxis axis(String label, double[] range, double tick) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(range[0], range[1]);
        axis.setTickUnit(new NumberTickUnit(tick));
        axis.setLabelFont(ChartAxes.LABEL_FONT);
        axis.setTickLabelFont(ChartAxes.TICK_FONT);
        return axis;
    }
}
