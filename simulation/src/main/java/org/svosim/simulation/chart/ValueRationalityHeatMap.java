package org.svosim.simulation.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Mean value rationality per backend (rows, in input order) and induced value (columns, target angle
 * descending) as a shaded table on a 0..1 viridis scale with a colour bar; each cell shows its value,
 * its number of valid trials and its 95% interval when known. Cells without valid trials are grey and say "no data". Laid out for
 * {@link #width(int)} x {@link #height(int)}.
 */
public final class ValueRationalityHeatMap {
    /** Key of the single dataset series: x = column, y = row from the bottom, z = value (NaN if none). */
    public static final String SERIES = "value rationality";

    private ValueRationalityHeatMap() {
    }

    public static int width(int columns) {
        return Math.max(640, 260 + 150 * columns);
    }

    public static int height(int rows) {
        return 200 + 75 * Math.max(1, rows);
    }

    private static String detail(HeatCell c) {
        String n = "n = " + c.n();
        return c.low() == null || c.high() == null ? n
                : String.format(Locale.ROOT, "%s, 95%% CI %.2f\u2013%.2f", n, c.low(), c.high());
    }

    /** The heat map of the cells (each row x column at most once). */
    public static JFreeChart create(String title, List<HeatCell> cells) {
        Objects.requireNonNull(cells, "cells must not be null");
        List<String> rows = cells.stream().map(HeatCell::row).distinct().toList();
        Map<String, Double> targets = new LinkedHashMap<>();
        cells.forEach(c -> targets.putIfAbsent(c.valueLabel(), c.targetDegrees()));
        List<String> columns = new ArrayList<>(targets.keySet());
        columns.sort(Comparator.comparingDouble((String v) -> targets.get(v)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        double[][] values = new double[rows.size()][columns.size()];
        HeatCell[][] byCell = new HeatCell[rows.size()][columns.size()];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        for (HeatCell c : cells) {
            int r = rows.indexOf(c.row());
            int k = columns.indexOf(c.valueLabel());
            if (byCell[r][k] != null) {
                throw new IllegalArgumentException("two cells for " + c.row() + " x " + c.valueLabel());
            }
            byCell[r][k] = c;
            values[r][k] = c.value() == null ? Double.NaN : c.value();
        }
        XYPlot plot = TableGrid.plot(TableGrid.dataset(SERIES, values), "Induced value",
                columns.toArray(String[]::new), "Backend", rows.toArray(String[]::new), UnitScale.VIRIDIS);
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < columns.size(); k++) {
                HeatCell c = byCell[r][k];
                double v = values[r][k];
                String text = c == null ? "" : c.value() == null ? "no data"
                        : String.format(Locale.ROOT, "%.2f", c.value());
                TableGrid.text(plot, rows.size(), r, k, 0.1, text, ChartStyle.CELL_FONT.deriveFont(16f),
                        UnitScale.VIRIDIS.textOn(v));
                if (c != null) {
                    TableGrid.text(plot, rows.size(), r, k, -0.22, detail(c), ChartStyle.SMALL_FONT.deriveFont(12f),
                            UnitScale.VIRIDIS.textOn(v));
                }
            }
        }
        JFreeChart chart = ChartStyle.chart(title, "Mean value rationality of the valid trials: 1 = the ideal"
                + " agent's angle, 0 = the farthest attainable angle", plot, false);
        chart.addSubtitle(TableGrid.colorBar(UnitScale.VIRIDIS, "Mean value rationality (0\u20131)"));
        return chart;
    }
}
