package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A shaded table drawn as an XY block plot: column {@code c} at x = c, row {@code r} (from the top)
 * at y = rows - 1 - r, each cell a unit block coloured by its value on a {@link UnitScale}, with
 * text written in it. Shared by the heat map and the confusion matrix.
 */
final class TableGrid {
    private static final BasicStroke SEPARATOR = new BasicStroke(1.5f);
    private static final Color SEPARATOR_COLOR = new Color(200, 200, 200);
    private TableGrid() {
    }

    /** The dataset of the cells: {@code values[r][c]} (NaN when missing). */
    static DefaultXYZDataset dataset(String key, double[][] values) {
        int rows = values.length;
        int cols = rows == 0 ? 0 : values[0].length;
        double[][] xyz = new double[3][rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                xyz[0][i] = c;
                xyz[1][i] = rows - 1 - r;
                xyz[2][i] = values[r][c];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(key, xyz);
        return dataset;
    }

    /** The plot of the cells with the column labels on top and the row labels on the left. */
    static XYPlot plot(DefaultXYZDataset dataset, String columnTitle, String[] columns, String rowTitle,
                       String[] rows, UnitScale scale) {
        String[] fromBottom = new String[rows.length];
        for (int r = 0; r < rows.length; r++) {
            fromBottom[rows.length - 1 - r] = rows[r];
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, axis(columnTitle, columns), axis(rowTitle, fromBottom), renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage(AngleDistributionChart.NO_DATA);
        plot.setNoDataMessageFont(ChartAxes.LABEL_FONT);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int c = 1; c < columns.length; c++) {
            plot.addAnnotation(new XYLineAnnotation(c - 0.5, -0.5, c - 0.5,
                    rows.length - 0.5, SEPARATOR, SEPARATOR_COLOR));
        }
        for (int r = 1; r < rows.length; r++) {
            plot.addAnnotation(new XYLineAnnotation(-0.5, r - 0.5, columns.length - 0.5,
                    r - 0.5, SEPARATOR, SEPARATOR_COLOR));
        }
        renderer.addAnnotation(new XYBoxAnnotation(-0.5, -0.5, columns.length - 0.5, rows.length - 0.5, SEPARATOR,
                SEPARATOR_COLOR, null));
        return plot;
    }

    /** Writes text centred in cell (r, c), moved up or down by {@code dy} cell heights. */
    static void text(XYPlot plot, int rows, int r, int c, double dy, String text, Font font, Color color) {
        XYTextAnnotation a = new XYTextAnnotation(text, c, rows - 1 - r + dy);
        a.setFont(font);
        a.setPaint(color);
        a.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(a);
    }

    /** The colour bar of the scale, on the right, with the given axis label. */
    static PaintScaleLegend colorBar(UnitScale scale, String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.2));
        axis.setLabelFont(ChartStyle.SMALL_FONT.deriveFont(13f));
        axis.setTickLabelFont(ChartStyle.SMALL_FONT.deriveFont(12f));
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(16);
        legend.setMargin(new RectangleInsets(30, 10, 30, 10));
        legend.setSubdivisionCount(100);
        return legend;
    }

    private static SymbolAxis axis(String title, String[] labels) {
        SymbolAxis axis = new SymbolAxis(title, labels);
        axis.setRange(-0.5, Math.max(1, labels.length) - 0.5);
        axis.setGridBandsVisible(false);
        axis.setTickMarksVisible(false);
        axis.setAxisLineVisible(false);
        axis.setLabelFont(ChartAxes.LABEL_FONT);
        axis.setTickLabelFont(ChartAxes.TICK_FONT);
        return axis;
    }
}
