package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.svosim.games.slider.SvoCategory;

/**
 * Slider angle against games-revealed angle, one point per agent (with the games estimate's 95%
 * interval as a horizontal bar), coloured by induced value, with the identity line where the two
 * measures agree and the slider's category boundaries as faint horizontal lines.
 */
public final class SliderGamesChart {
    public static final int WIDTH = 820;
    public static final int HEIGHT = 680;
    /** The slider's attainable angles on the six primary items, padded: the y axis. */
    private static final double Y_LOW = -25;
    private static final double Y_HIGH = 70;

    private SliderGamesChart() {
    }

    /**
     * One agent.
     *
     * @param valueLabel its induced value's label (one series per value)
     * @param induced    its induced angle, degrees (picks the colour)
     * @param games      games-revealed angle, degrees
     * @param gamesLow   lower end of that angle's interval
     * @param gamesHigh  upper end of that angle's interval
     * @param slider     slider angle, degrees
     */
    public record Point(String valueLabel, double induced, double games, double gamesLow, double gamesHigh,
                        double slider) {
    }

    public static JFreeChart create(String title, List<Point> points) {
        Map<String, XIntervalSeries> series = new LinkedHashMap<>();
        Map<String, Color> colours = new LinkedHashMap<>();
        double xLow = -60;
        double xHigh = 100;
        for (Point p : points) {
            series.computeIfAbsent(p.valueLabel(), XIntervalSeries::new).add(p.games(), p.gamesLow(), p.gamesHigh(),
                    p.slider());
            colours.putIfAbsent(p.valueLabel(), ValueColors.of(p.valueLabel(), p.induced()));
            xLow = Math.min(xLow, Math.floor(p.games() / 15) * 15 - 15);
            xHigh = Math.max(xHigh, Math.ceil(p.games() / 15) * 15 + 15);
        }
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        int k = 0;
        for (Color c : colours.values()) {
            renderer.setSeriesPaint(k++, c);
        }
        NumberAxis x = new NumberAxis("Games-revealed angle (deg)");
        NumberAxis y = new NumberAxis("Slider angle (deg)");
        x.setRange(Math.max(-180, xLow), Math.min(180, xHigh));
        y.setRange(Y_LOW, Y_HIGH);
        x.setTickUnit(new NumberTickUnit(30));
        y.setTickUnit(new NumberTickUnit(15));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        Color faint = new Color(200, 200, 200);
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f},
                0f);
        for (double b : new double[] {SvoCategory.INDIVIDUALISTIC_ABOVE, SvoCategory.PROSOCIAL_ABOVE,
                SvoCategory.ALTRUISTIC_ABOVE}) {
            plot.addAnnotation(new XYLineAnnotation(-180, b, 180, b, dashed, faint));
        }
        plot.addAnnotation(new XYLineAnnotation(-180, -180, 180, 180, new BasicStroke(1.2f), new Color(120, 120, 120)));
        return ChartStyle.chart(title, "Each agent's slider angle (six primary items) against the maximum-likelihood"
                + " angle of its game choices (bar: 95% interval); grey diagonal: slider = games; dashed: category"
                + " boundaries; slider angles can only lie in -16.3..61.4", plot, true);
    }
}
