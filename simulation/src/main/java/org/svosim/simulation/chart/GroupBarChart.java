package org.svosim.simulation.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** One bar per group, e.g. the mean payoff per match by induced orientation. */
public final class GroupBarChart {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 520;

    private GroupBarChart() {
    }

    /**
     * One bar.
     *
     * @param group the group (the category axis, in list order)
     * @param value the bar's height
     */
    public record Bar(String group, double value) {
    }

    public static JFreeChart create(String title, String subtitle, String valueLabel, List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bars.forEach(b -> data.addValue(b.value(), valueLabel, b.group()));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0, 114, 178));
        renderer.setMaximumBarWidth(0.12);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Group"), values, renderer);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return ChartStyle.chart(title, subtitle, plot, false);
    }
}
