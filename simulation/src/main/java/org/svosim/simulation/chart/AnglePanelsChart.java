package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The measured angles per induced value with one panel per backend (x protocol), stacked over one
 * shared value axis and drawn on the same angle scale: in each panel the strip of trials of
 * {@link AngleDistributionChart} (jittered points coloured by value, the ideal agent's interval as
 * a grey box, the category bands) and each value's circular mean as a black bar with its 95%
 * bootstrap interval as an error bar. Laid out for {@link #WIDTH} x {@link #heightFor(int)}. With
 * no trial at all it is the empty {@link AngleDistributionChart}, which says so.
 */
public final class AnglePanelsChart {
    public static final int WIDTH = 900;
    /** Dataset index, in each panel, of the trial points (one series per value column). */
    public static final int TRIALS = 0;
    /** Dataset index, in each panel, of the means with intervals (one series). */
    public static final int MEANS = 1;

    private static final int PANEL_HEIGHT = 250;
    private static final Font PANEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private AnglePanelsChart() {
    }

    /** The layout height (1x) for the given number of panels. */
    public static int heightFor(int panels) {
        return 150 + PANEL_HEIGHT * Math.max(1, panels);
    }

    /** The panels of the given trial points and condition means; one panel per backend x protocol. */
    public static JFreeChart create(String title, List<AnglePoint> points, List<AngleMean> means) {
        Objects.requireNonNull(points, "points must not be null");
        Objects.requireNonNull(means, "means must not be null");
        if (points.isEmpty()) {
            return AngleDistributionChart.create(title, points);
        }
        Map<BackendProtocol, List<AnglePoint>> panels = BackendProtocol.group(points);
        List<ValueColumn> columns = ValueColumn.of(points);
        boolean withProtocol = panels.keySet().stream().map(BackendProtocol::protocol).distinct().count() > 1;
        double[] range = ChartAxes.angleRange(columns);
        SymbolAxis values = new SymbolAxis("Induced value", columns.stream().map(ValueColumn::valueLabel)
                .toArray(String[]::new));
        values.setRange(-0.5, ChartAxes.domainUpper(columns.size()));
        values.setGridBandsVisible(false);
        values.setLabelFont(ChartAxes.LABEL_FONT);
        values.setTickLabelFont(ChartAxes.TICK_FONT);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(values);
        combined.setGap(16);
        panels.forEach((group, ps) -> combined.add(panel(group.label(withProtocol), ps, columns, range,
                means.stream().filter(m -> group.equals(new BackendProtocol(m.backend(), m.protocol()))).toList()),
                1));
        combined.setFixedLegendItems(legend());
        long largest = PointSample.largestGroup(points,
                p -> new BackendProtocol(p.backend(), p.protocol()).label(true) + "/" + p.valueLabel());
        String subtitle = points.size() + " valid trials" + PointSample.subtitleNote(largest)
                + ", points jittered sideways; bar and whisker: circular mean and its 95% bootstrap"
                + " interval; grey box: the ideal agent";
        return ChartStyle.chart(title, subtitle, combined, true);
    }

    private static XYPlot panel(String label, List<AnglePoint> points, List<ValueColumn> columns, double[] range,
                                List<AngleMean> means) {
        XYSeriesCollection trials = new XYSeriesCollection();
        YIntervalSeries meanSeries = new YIntervalSeries("mean", false, true);
        XYLineAndShapeRenderer renderer = new PointRenderer();
        for (int i = 0; i < columns.size(); i++) {
            ValueColumn c = columns.get(i);
            List<Double> angles = points.stream().filter(p -> p.valueLabel().equals(c.valueLabel()))
                    .map(AnglePoint::angle).toList();
            trials.addSeries(AngleDatasets.jittered(c.valueLabel(), i, angles));
            renderer.setSeriesPaint(i, ValueColors.withAlpha(ValueColors.of(c), 140));
            renderer.setSeriesShape(i, ColumnMarks.POINT_SHAPE);
            for (AngleMean m : means) {
                if (m.valueLabel().equals(c.valueLabel())) {
                    meanSeries.add(i, m.mean(), m.hasInterval() ? m.low() : m.mean(),
                            m.hasInterval() ? m.high() : m.mean());
                }
            }
        }
        ColumnMarks.addIdealBoxes(renderer, columns);
        XYPlot plot = new XYPlot(trials, null, ChartAxes.angle(range), renderer);
        plot.getRangeAxis().setLabel("SVO angle (degrees)");
        YIntervalSeriesCollection meanData = new YIntervalSeriesCollection();
        meanData.addSeries(meanSeries);
        plot.setDataset(MEANS, meanData);
        plot.setRenderer(MEANS, meanRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(200, 200, 200));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        if (!columns.isEmpty()) {
            double upper = ChartAxes.domainUpper(columns.size());
            CategoryBand.addTo(plot, range[0], range[1], upper - 0.02 * (upper + 0.5),
                    new Font(Font.SANS_SERIF, Font.ITALIC, 12), new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        }
        XYTextAnnotation name = new XYTextAnnotation(label, -0.45, range[1] - 1);
        name.setFont(PANEL_FONT);
        name.setTextAnchor(TextAnchor.TOP_LEFT);
        name.setBackgroundPaint(new Color(255, 255, 255, 210));
        plot.addAnnotation(name);
        return plot;
    }

    private static XYErrorRenderer meanRenderer() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setErrorPaint(ColumnMarks.MEAN_COLOR);
        r.setErrorStroke(new BasicStroke(1.8f));
        r.setCapLength(12);
        r.setSeriesPaint(0, ColumnMarks.MEAN_COLOR);
        r.setSeriesShape(0, ColumnMarks.MEAN_SHAPE);
        return r;
    }

    private static LegendItemCollection legend() {
        LegendItemCollection marks = ColumnMarks.legend();
        LegendItemCollection items = new LegendItemCollection();
        items.add(marks.get(0));
        items.add(new LegendItem("circular mean", null, null, null, ColumnMarks.MEAN_SHAPE, ColumnMarks.MEAN_COLOR));
        items.add(new LegendItem("95% bootstrap interval", null, null, null,
                new Rectangle2D.Double(-1, -8, 2, 16), ColumnMarks.MEAN_COLOR));
        items.add(marks.get(2));
        return items;
    }
}
