package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Grouped bars of shares (0..1) with interval whiskers: categories on the x axis (in first-seen
 * order), one coloured bar per series in each. Used for the bias probe's rates by condition per judge.
 */
public final class ShareBarChart {
    private static final BasicStroke WHISKER = new BasicStroke(1.6f);
    private static final BasicStroke HALO = new BasicStroke(4f);

    private ShareBarChart() {
    }

    public static int width(int categories, int series) {
        return Math.max(640, 200 + categories * (60 + 40 * series));
    }

    public static final int HEIGHT = 480;

    /** The chart of {@code bars}; {@code valueLabel} names the y axis. */
    public static JFreeChart create(String title, String subtitle, String categoryLabel, String valueLabel,
                                    List<ShareBar> bars) {
        Objects.requireNonNull(bars, "bars must not be null");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ShareBar b : bars) {
            data.addValue(Double.isNaN(b.value()) ? null : b.value(), b.series(), b.category());
        }
        NumberAxis range = new NumberAxis(valueLabel);
        range.setRange(0, 1);
        range.setLabelFont(ChartAxes.LABEL_FONT);
        range.setTickLabelFont(ChartAxes.TICK_FONT);
        CategoryAxis domain = new CategoryAxis(categoryLabel);
        domain.setLabelFont(ChartAxes.LABEL_FONT);
        domain.setTickLabelFont(ChartAxes.TICK_FONT);
        CategoryPlot plot = new CategoryPlot(data, domain, range, new WhiskerBars(bars));
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        for (int i = 0; i < data.getRowCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, BackendColors.of(i));
        }
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    /** Bars that also draw their interval as a whisker. */
    private static final class WhiskerBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient List<ShareBar> bars;

        WhiskerBars(List<ShareBar> bars) {
            this.bars = List.copyOf(bars);
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setItemMargin(0.05);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            String series = dataset.getRowKey(row).toString();
            String category = dataset.getColumnKey(column).toString();
            ShareBar bar = bars.stream().filter(b -> b.series().equals(series) && b.category().equals(category))
                    .findFirst().orElse(null);
            if (bar == null || Double.isNaN(bar.low()) || Double.isNaN(bar.high())) {
                return;
            }
            double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column)
                    + state.getBarWidth() / 2;
            double y0 = rangeAxis.valueToJava2D(bar.low(), dataArea, plot.getRangeAxisEdge());
            double y1 = rangeAxis.valueToJava2D(bar.high(), dataArea, plot.getRangeAxisEdge());
            double cap = Math.min(6, state.getBarWidth() / 4);
            List<Line2D> whisker = List.of(new Line2D.Double(x, y0, x, y1), new Line2D.Double(x - cap, y0, x + cap, y0),
                    new Line2D.Double(x - cap, y1, x + cap, y1));
            g2.setPaint(Color.WHITE);
            g2.setStroke(HALO);
            whisker.forEach(g2::draw);
            g2.setPaint(Color.DARK_GRAY);
            g2.setStroke(WHISKER);
            whisker.forEach(g2::draw);
        }
    }
}
