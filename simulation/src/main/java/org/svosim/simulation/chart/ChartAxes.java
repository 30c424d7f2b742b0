package org.svosim.simulation.chart;

import java.awt.Font;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;

/**
 * The two axes of the angle chart: induced values as named columns at x = 0, 1, ... with a
 * gutter on the right for the category names, and the measured angle in degrees.
 */
final class ChartAxes {

    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Rough width of one tick-label character at {@link #TICK_FONT} (pixels at 1x). */
    private static final double CHAR_WIDTH = 6.5;
    /** Width of the plot area of a chart of the recommended width (pixels at 1x). */
    private static final double PLOT_WIDTH = AngleDistributionChart.WIDTH - 110;

    private ChartAxes() {
    }

    /**
     * Width (in columns) of the empty space right of the last column where the category
     * names are written: about a sixth of the plot, and at least one column.
     */
    static double gutter(int columns) {
        return Math.max(1.0, 0.2 * columns);
    }

    /** Upper end of the domain axis: the right edge of the gutter. */
    static double domainUpper(int columns) {
        return Math.max(columns, 1) - 0.5 + gutter(columns);
    }

    /**
     * One tick label per column, "label (n=20)"; the labels turn vertical when they would
     * not fit side by side on a chart of the recommended width.
     */
    static SymbolAxis domain(List<ValueColumn> columns) {
        String[] labels = new String[columns.size()];
        int longest = 0;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = columns.get(i).valueLabel() + " (n=" + columns.get(i).angles().size() + ")";
            longest = Math.max(longest, labels[i].length());
        }
        SymbolAxis axis = new SymbolAxis("Induced value", labels);
        axis.setGridBandsVisible(false);
        axis.setTickMarksVisible(false);
        axis.setRange(-0.5, domainUpper(columns.size()));
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        double columnWidth = PLOT_WIDTH / (domainUpper(columns.size()) + 0.5);
        axis.setVerticalTickLabels(longest * CHAR_WIDTH + 12 > columnWidth);
        return axis;
    }

    /** The angle axis over {@code [low, high]} degrees with a tick every 10 degrees. */
    static NumberAxis angle(double[] range) {
        NumberAxis axis = new NumberAxis("Measured SVO angle (degrees)");
        axis.setRange(range[0], range[1]);
        axis.setTickUnit(new NumberTickUnit(10));
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        return axis;
    }

    /**
     * {@code [low, high]} of the angle axis: at least {@link AngleDistributionChart#AXIS_LOW}
     * to {@link AngleDistributionChart#AXIS_HIGH}, widened in steps of 5 to fit every angle
     * and ideal interval with 3 degrees to spare.
     */
    static double[] angleRange(List<ValueColumn> columns) {
        double low = AngleDistributionChart.AXIS_LOW;
        double high = AngleDistributionChart.AXIS_HIGH;
        for (ValueColumn c : columns) {
            for (double a : c.angles()) {
                low = Math.min(low, a - 3);
                high = Math.max(high, a + 3);
            }
            low = Math.min(low, c.idealLow() - 3);
            high = Math.max(high, c.idealHigh() + 3);
        }
        return new double[] {Math.floor(low / 5) * 5, Math.ceil(high / 5) * 5};
    }
}
