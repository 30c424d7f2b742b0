package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The strip plot of measured SVO angles per induced value: one column per value (target
 * angle descending), one jittered point per valid trial coloured by the value's category,
 * the mean as a black bar, the ideal agent's interval as a grey box, and the Murphy (2011)
 * category bands as dashed lines with their names. Jitter is seeded, so renders repeat.
 * Laid out for {@link #WIDTH} x {@link #HEIGHT} (1x); an empty list gives a chart that
 * says {@value #NO_DATA}.
 */
public final class AngleDistributionChart {

    /** Recommended layout size (1x); fonts and gutters are chosen for it. */
    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;
    /** Dataset index of the trial points (one series per column). */
    public static final int TRIALS = 0;
    /** Dataset index of the column means (one series). */
    public static final int MEANS = 1;
    /** The angle axis shows at least this range (degrees), widened to fit all data. */
    public static final double AXIS_LOW = -20;
    public static final double AXIS_HIGH = 70;
    /** Message shown in the plot when there is nothing to plot. */
    public static final String NO_DATA = "no valid trials";

    private static final int POINT_ALPHA = 140;

    private AngleDistributionChart() {
    }

    /** The usual title of one backend x protocol chart. */
    public static String titleFor(String backend, String protocol) {
        return "Measured SVO angle by induced value \u2014 " + backend + ", " + protocol;
    }

    /** Points grouped per backend x protocol, in a stable order: one chart each. */
    public static Map<BackendProtocol, List<AnglePoint>> byBackendAndProtocol(List<AnglePoint> points) {
        return BackendProtocol.group(points);
    }

    /** Builds the chart of the given points under the given title. */
    public static JFreeChart create(String title, List<AnglePoint> points) {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(points, "points must not be null (pass an empty list for no trials)");
        List<ValueColumn> columns = ValueColumn.of(points);
        double[] range = ChartAxes.angleRange(columns);

        XYPlot plot = new XYPlot(AngleDatasets.trials(columns), ChartAxes.domain(columns),
                ChartAxes.angle(range), pointRenderer(columns));
        plot.setDataset(MEANS, AngleDatasets.means(columns));
        plot.setRenderer(MEANS, meanRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(230, 230, 230));
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        plot.setFixedLegendItems(ColumnMarks.legend());
        if (!columns.isEmpty()) {
            double upper = ChartAxes.domainUpper(columns.size());
            CategoryBand.addTo(plot, range[0], range[1], upper - 0.02 * (upper + 0.5),
                    new Font(Font.SANS_SERIF, Font.ITALIC, 14), new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        }

        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 17), plot,
                !columns.isEmpty());
        chart.setBackgroundPaint(Color.WHITE);
        long largest = columns.stream().mapToLong(c -> c.angles().size()).max().orElse(0);
        chart.addSubtitle(new TextTitle(subtitle(points.size()) + PointSample.subtitleNote(largest),
                new Font(Font.SANS_SERIF, Font.PLAIN, 13)));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            legend.setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    private static XYLineAndShapeRenderer pointRenderer(List<ValueColumn> columns) {
        XYLineAndShapeRenderer renderer = new PointRenderer();
        for (int i = 0; i < columns.size(); i++) {
            renderer.setSeriesPaint(i, ValueColors.withAlpha(ValueColors.of(columns.get(i)), POINT_ALPHA));
            renderer.setSeriesShape(i, ColumnMarks.POINT_SHAPE);
        }
        ColumnMarks.addIdealBoxes(renderer, columns);
        return renderer;
    }

    private static XYLineAndShapeRenderer meanRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ColumnMarks.MEAN_COLOR);
        renderer.setSeriesShape(0, ColumnMarks.MEAN_SHAPE);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setSeriesOutlineStroke(0, new BasicStroke(1f));
        return renderer;
    }

    private static String subtitle(int trials) {
        return trials + (trials == 1 ? " valid trial" : " valid trials")
                + (trials == 0 ? "" : "; points jittered sideways, coloured by the induced value's category");
    }
}
