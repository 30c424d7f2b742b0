package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One induced value of the ring chart: its label, target and colour, and its trials' points.
 *
 * @param valueLabel    the induced value
 * @param targetDegrees its target angle (degrees)
 * @param points        its trials' points
 */
record RingValue(String valueLabel, double targetDegrees, List<RingPoint> points) {

    Color color() {
        return ValueColors.of(valueLabel, targetDegrees);
    }

    /** The values of the points and means, target angle descending, then label. */
    static List<RingValue> of(List<RingPoint> points, List<AngleMean> means) {
        Map<String, Double> targets = new LinkedHashMap<>();
        Map<String, List<RingPoint>> byValue = new LinkedHashMap<>();
        for (RingPoint p : points) {
            targets.putIfAbsent(p.valueLabel(), p.targetDegrees());
            byValue.computeIfAbsent(p.valueLabel(), k -> new ArrayList<>()).add(p);
        }
        for (AngleMean m : means) {
            targets.putIfAbsent(m.valueLabel(), m.targetDegrees());
        }
        List<RingValue> values = new ArrayList<>();
        targets.forEach((label, target) -> values.add(new RingValue(label, target,
                byValue.getOrDefault(label, List.of()))));
        values.sort(Comparator.comparingDouble(RingValue::targetDegrees).reversed()
                .thenComparing(RingValue::valueLabel));
        return values;
    }

    /** One series per value holding its trials' (mean self, mean other) points. */
    static XYSeriesCollection points(List<RingValue> values) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (RingValue v : values) {
            XYSeries s = new XYSeries(v.valueLabel(), false, true);
            PointSample.of(v.points(), v.valueLabel()).forEach(p -> s.add(p.meanSelf(), p.meanOther()));
            dataset.addSeries(s);
        }
        return dataset;
    }

    /** One series per value holding the ring point of its target angle. */
    static XYSeriesCollection targets(List<RingValue> values) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (RingValue v : values) {
            XYSeries s = new XYSeries("target " + v.valueLabel(), false, true);
            Point2D.Double p = RingGeometry.at(v.targetDegrees(), RingGeometry.RADIUS);
            s.add(p.x, p.y);
            dataset.addSeries(s);
        }
        return dataset;
    }

    /** One entry per value (colour, target), then the mean ray and the target marker. */
    static LegendItemCollection legend(List<RingValue> values, BasicStroke ray, Shape diamond) {
        LegendItemCollection items = new LegendItemCollection();
        for (RingValue v : values) {
            items.add(new LegendItem(String.format(Locale.ROOT, "%s (\u03b8* = %.0f\u00b0, n = %d)",
                    v.valueLabel(), v.targetDegrees(), v.points().size()), null, null, null, ColumnMarks.POINT_SHAPE, ValueColors.withAlpha(v.color(), 150)));
        }
        LegendItem mean = new LegendItem("mean direction", null, null, null, false, ColumnMarks.POINT_SHAPE, false,
                Color.DARK_GRAY, false, Color.DARK_GRAY, ray, true, new Line2D.Double(-10, 0, 10, 0), ray,
                Color.DARK_GRAY);
        items.add(mean);
        items.add(new LegendItem("target \u03b8* on the ring", null, null, null, true, diamond, false, Color.DARK_GRAY, true,
                Color.DARK_GRAY, new BasicStroke(2f), false, new Line2D.Double(), new BasicStroke(1f),
                Color.DARK_GRAY));
        return items;
    }
}
