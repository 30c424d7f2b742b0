package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Revealed against induced angle, one point per agent with its 95% interval, coloured by group,
 * with the diagonal where the two agree.
 */
public final class RevealedAngleChart {
    public static final int WIDTH = 820;
    public static final int HEIGHT = 720;

    private RevealedAngleChart() {
    }

    /**
     * One agent.
     *
     * @param group    its group (one series per group)
     * @param induced  induced angle, degrees
     * @param revealed revealed angle, degrees
     * @param low      lower end of its interval
     * @param high     upper end of its interval
     */
    public record Point(String group, double induced, double revealed, double low, double high) {
    }

    public static JFreeChart create(String title, List<Point> points) {
        // Each group's points sorted by induced angle here, stably, and added unsorted: JFreeChart's sorting
        // series walks past every equal x on each add, and a group's agents mostly share one induced angle,
        // so 100,000 agents cost over a billion comparisons (about 25 s of a population run's outputs).
        // The order is the one the sorting series kept: by x, equal x in the order added.
        List<Point> byInduced = new ArrayList<>(points);
        byInduced.sort(Comparator.comparingDouble(Point::induced));
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        for (Point p : points) {
            series.computeIfAbsent(p.group(), g -> new YIntervalSeries(g, false, true));
        }
        for (Point p : byInduced) {
            series.get(p.group()).add(p.induced(), p.revealed(), p.low(), p.high());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        NumberAxis x = new NumberAxis("Induced angle (deg)");
        NumberAxis y = new NumberAxis("Revealed angle in the games (deg)");
        x.setRange(-180, 180);
        y.setRange(-180, 180);
        x.setTickUnit(new NumberTickUnit(45));
        y.setTickUnit(new NumberTickUnit(45));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.addAnnotation(new XYLineAnnotation(-180, -180, 180, 180, new BasicStroke(1f), new Color(150, 150, 150)));
        return ChartStyle.chart(title, "Maximum-likelihood angle of the game choices (logit rule) with its 95% interval;"
                + " the grey diagonal is revealed = induced", plot, true);
    }
}
