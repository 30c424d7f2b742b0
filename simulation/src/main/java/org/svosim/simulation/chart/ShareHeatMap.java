package org.svosim.simulation.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * A table of shares (0..1) shaded on a blue scale with a colour bar: rows and columns named by
 * the caller, each cell showing its value and a detail line (e.g. "kappa 0.61" or "n = 120").
 * Used for the bias probe's judge consistency and agreeability matrices. NaN cells are grey.
 */
public final class ShareHeatMap {
    /** Key of the single dataset series. */
    public static final String SERIES = "share";

    private ShareHeatMap() {
    }

    public static int width(int columns) {
        return Math.max(560, 260 + 150 * columns);
    }

    public static int height(int rows) {
        return 200 + 75 * Math.max(1, rows);
    }

    /**
     * The heat map; {@code values[r][c]} and {@code details[r][c]} belong to {@code rows.get(r)} x
     * {@code columns.get(c)}; a null detail shows nothing.
     */
    public static JFreeChart create(String title, String subtitle, String rowTitle, List<String> rows,
                                    String columnTitle, List<String> columns, double[][] values, String[][] details,
                                    String scaleLabel) {
        if (values.length != rows.size() || Arrays.stream(values).anyMatch(v -> v.length != columns.size())) {
            throw new IllegalArgumentException("values must be " + rows.size() + " x " + columns.size());
        }
        XYPlot plot = TableGrid.plot(TableGrid.dataset(SERIES, values), columnTitle, columns.toArray(String[]::new),
                rowTitle, rows.toArray(String[]::new), UnitScale.BLUES);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                String text = Double.isNaN(v) ? "no data" : String.format(Locale.ROOT, "%.2f", v);
                TableGrid.text(plot, rows.size(), r, c, 0.1, text, ChartStyle.CELL_FONT.deriveFont(16f),
                        UnitScale.BLUES.textOn(v));
                if (details[r][c] != null) {
                    TableGrid.text(plot, rows.size(), r, c, -0.22, details[r][c], ChartStyle.SMALL_FONT.deriveFont(12f),
                            UnitScale.BLUES.textOn(v));
                }
            }
        }
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, false);
        chart.addSubtitle(TableGrid.colorBar(UnitScale.BLUES, scaleLabel));
        return chart;
    }
}
