package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.svosim.games.slider.SvoCategory;

/**
 * A category confusion matrix as a shaded table: induced (target) categories as rows, measured
 * categories as columns (Murphy order, altruistic first), each cell shaded by its share of the row
 * (white 0 to blue 1) and showing its count and share; the diagonal (category hits) is outlined.
 * Rows appear for the target categories present. Laid out for {@link #WIDTH} x {@link #height(int)}.
 */
public final class ConfusionChart {
    public static final int WIDTH = 820;
    /** Key of the single dataset series: x = measured column, y = row from the bottom, z = row share. */
    public static final String SERIES = "row share";
    private static final Color ZERO_INK = new Color(150, 150, 150);

    private ConfusionChart() {
    }

    public static int height(int rows) {
        return 230 + 85 * Math.max(1, rows);
    }

    /** The usual title of one backend x protocol matrix. */
    public static String titleFor(String backend, String protocol) {
        return "Induced vs measured SVO category \u2014 " + backend + ", " + protocol;
    }

    /** The matrix of the entries (each target x measured pair at most once). */
    public static JFreeChart create(String title, List<ConfusionEntry> entries) {
        Objects.requireNonNull(entries, "entries must not be null");
        SvoCategory[] all = SvoCategory.values();
        List<SvoCategory> rows = Arrays.stream(all)
                .filter(c -> entries.stream().anyMatch(e -> e.target() == c)).toList();
        double[][] shares = new double[rows.size()][all.length];
        ConfusionEntry[][] cells = new ConfusionEntry[rows.size()][all.length];
        for (double[] row : shares) {
            Arrays.fill(row, Double.NaN);
        }
        for (ConfusionEntry e : entries) {
            int r = rows.indexOf(e.target());
            if (cells[r][e.measured().ordinal()] != null) {
                throw new IllegalArgumentException("two cells for " + e.target() + " -> " + e.measured());
            }
            cells[r][e.measured().ordinal()] = e;
            shares[r][e.measured().ordinal()] = e.rowShare() == null ? Double.NaN : e.rowShare();
        }
        XYPlot plot = TableGrid.plot(TableGrid.dataset(SERIES, shares), "Measured category",
                Arrays.stream(all).map(SvoCategory::label).toArray(String[]::new), "Induced category",
                rows.stream().map(SvoCategory::label).toArray(String[]::new), UnitScale.BLUES);
        int total = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < all.length; c++) {
                ConfusionEntry e = cells[r][c];
                double share = shares[r][c];
                Color ink = e != null && e.n() == 0 ? ZERO_INK : UnitScale.BLUES.textOn(share);
                TableGrid.text(plot, rows.size(), r, c, 0.1, e == null ? "" : Integer.toString(e.n()),
                        ChartStyle.CELL_FONT.deriveFont(17f), ink);
                if (e != null && e.rowShare() != null) {
                    TableGrid.text(plot, rows.size(), r, c, -0.22,
                            String.format(Locale.ROOT, "%.0f%%", 100 * e.rowShare()), ChartStyle.SMALL_FONT
                                    .deriveFont(12f), ink);
                }
                total += e == null ? 0 : e.n();
            }
            int diagonal = rows.get(r).ordinal();
            double y = rows.size() - 1 - r;
            plot.getRenderer().addAnnotation(new XYBoxAnnotation(diagonal - 0.47, y - 0.47, diagonal + 0.47,
                    y + 0.47, new BasicStroke(2.5f), new Color(40, 40, 40), null));
        }
        JFreeChart chart = ChartStyle.chart(title, total + " valid trials with a named target; cells: count and"
                + " share of the row; outlined: measured category = induced category", plot, false);
        chart.addSubtitle(TableGrid.colorBar(UnitScale.BLUES, "Share of the row (0\u20131)"));
        return chart;
    }
}
