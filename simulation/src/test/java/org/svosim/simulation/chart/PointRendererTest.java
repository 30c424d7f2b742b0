package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class PointRendererTest {
    private static JFreeChart chart(XYLineAndShapeRenderer renderer) {
        XYSeries s = new XYSeries("points", false, true);
        for (int i = 0; i < 50; i++) {
            s.add(i * 1.7 % 40, (i * 7.3) % 30 - 10);
        }
        renderer.setSeriesShape(0, ColumnMarks.POINT_SHAPE);
        renderer.setSeriesPaint(0, new Color(40, 90, 200, 130));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("x"), new NumberAxis("y"), renderer);
        return new JFreeChart(plot);
    }

    @Test
    void roundMarksBecomeSvgEllipsesWithTheSamePixelsAsJFreeChartsOwnRenderer() {
        String svg = ChartFiles.renderSvg(chart(new PointRenderer()), 400, 300);
        String stockSvg = ChartFiles.renderSvg(chart(new XYLineAndShapeRenderer(false, true)), 400, 300);
        // each point filled and outlined, as JFreeChart's renderer does by default
        assertThat(svg.split("<ellipse", -1).length - 1).isEqualTo(2 * 50);
        assertThat(stockSvg).doesNotContain("<ellipse");
        assertThat(svg.length()).isLessThan(stockSvg.length() * 3 / 4);

        BufferedImage ours = ChartFiles.renderPng(chart(new PointRenderer()), 400, 300);
        BufferedImage stock = ChartFiles.renderPng(chart(new XYLineAndShapeRenderer(false, true)), 400, 300);
        int differing = 0;
        for (int y = 0; y < ours.getHeight(); y++) {
            for (int x = 0; x < ours.getWidth(); x++) {
                differing += ours.getRGB(x, y) == stock.getRGB(x, y) ? 0 : 1;
            }
        }
        assertThat(differing).isZero();
    }
}
