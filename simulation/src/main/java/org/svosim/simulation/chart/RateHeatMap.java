package org.svosim.simulation.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * A rate (0..1) by decider group (rows) and partner group (columns), e.g. the cooperation rate in
 * a prisoner's dilemma by the orientations of the pair; each cell shows the rate and its n.
 */
public final class RateHeatMap {
    private static final String SERIES = "rate";

    private RateHeatMap() {
    }

    /**
     * One cell.
     *
     * @param row    the decider's group
     * @param column the partner's group(s)
     * @param rate   the rate in [0, 1]
     * @param n      decisions behind it
     */
    public record Cell(String row, String column, double rate, int n) {
    }

    public static int width(int columns) {
        return ValueRationalityHeatMap.width(columns);
    }

    public static int height(int rows) {
        return ValueRationalityHeatMap.height(rows);
    }

    /** The heat map; rows and columns in the given orders (every cell's row and column must be listed). */
    public static JFreeChart create(String title, String subtitle, String legend, List<String> rows,
                                    List<String> columns, List<Cell> cells) {
        double[][] values = new double[rows.size()][columns.size()];
        Cell[][] byCell = new Cell[rows.size()][columns.size()];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        for (Cell c : cells) {
            int r = rows.indexOf(c.row());
            int k = columns.indexOf(c.column());
            if (r < 0 || k < 0) {
                throw new IllegalArgumentException("cell " + c.row() + " x " + c.column() + " is outside the listed rows "
                        + rows + " and columns " + columns);
            }
            byCell[r][k] = c;
            values[r][k] = Math.max(0, Math.min(1, c.rate()));
        }
        XYPlot plot = TableGrid.plot(TableGrid.dataset(SERIES, values), "Partner",
                columns.toArray(String[]::new), "Decider", rows.toArray(String[]::new), UnitScale.VIRIDIS);
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < columns.size(); k++) {
                Cell c = byCell[r][k];
                double v = values[r][k];
                TableGrid.text(plot, rows.size(), r, k, 0.1, c == null ? "" : String.format(Locale.ROOT, "%.2f", c.rate()),
                        ChartStyle.CELL_FONT.deriveFont(16f), UnitScale.VIRIDIS.textOn(v));
                if (c != null) {
                    TableGrid.text(plot, rows.size(), r, k, -0.22, "n = " + c.n(), ChartStyle.SMALL_FONT.deriveFont(12f),
                            UnitScale.VIRIDIS.textOn(v));
                }
            }
        }
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, false);
        chart.addSubtitle(TableGrid.colorBar(UnitScale.VIRIDIS, legend));
        return chart;
    }
}
