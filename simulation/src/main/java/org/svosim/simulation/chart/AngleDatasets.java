package org.svosim.simulation.chart;

import java.util.List;
import java.util.SplittableRandom;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart's data: column {@code i} sits at x = i; each trial is a point at x = i plus a
 * deterministic horizontal jitter, y = its measured angle; each column's mean is one point.
 */
final class AngleDatasets {

    /** Seed of the horizontal jitter; mixed with each column's label so columns are independent. */
    static final long JITTER_SEED = 0x5_0_2011L;
    /** Largest horizontal offset of a point from its column centre (in column widths). */
    static final double JITTER_HALF_WIDTH = 0.18;
    /** Key of the single series holding the column means. */
    static final String MEAN_SERIES = "mean";

    private AngleDatasets() {
    }

    /** One series per column (keyed by value label, input order kept), points jittered. */
    static XYSeriesCollection trials(List<ValueColumn> columns) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (int i = 0; i < columns.size(); i++) {
            ValueColumn column = columns.get(i);
            dataset.addSeries(jittered(column.valueLabel(), i, column.angles()));
        }
        return dataset;
    }

    /** A series keyed {@code label} of the angles at x = {@code column} plus the label's seeded jitter. */
    static XYSeries jittered(String label, int column, List<Double> angles) {
        XYSeries series = new XYSeries(label, false, true);
        SplittableRandom jitter = new SplittableRandom(JITTER_SEED ^ label.hashCode());
        for (double angle : PointSample.of(angles, label)) {
            double dx = jitter.nextDouble(-JITTER_HALF_WIDTH, JITTER_HALF_WIDTH);
            series.add(column + dx, angle);
        }
        return series;
    }

    /** One series "mean" with one item per column at its centre. */
    static XYSeriesCollection means(List<ValueColumn> columns) {
        XYSeries series = new XYSeries(MEAN_SERIES, false, true);
        for (int i = 0; i < columns.size(); i++) {
            series.add(i, columns.get(i).mean());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        if (!columns.isEmpty()) {
            dataset.addSeries(series);
        }
        return dataset;
    }
}
