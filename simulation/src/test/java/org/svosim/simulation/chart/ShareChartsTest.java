package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bias probe's share charts: grouped bars with whiskers and the shaded share table. */
class ShareChartsTest {
    @TempDir
    Path dir;

    private static final List<ShareBar> BARS = List.of(
            new ShareBar("gpt", "MR", 0.1, 0.05, 0.2),
            new ShareBar("gpt", "ASR-targeted", 0.6, 0.5, 0.7),
            new ShareBar("claude", "MR", Double.NaN, Double.NaN, Double.NaN));

    @Test
    void barsAreGroupedByCategoryWithOneSeriesPerJudgeAndUndefinedRatesLeftEmpty() {
        CategoryDataset data = ShareBarChart.create("t", "s", "Condition", "Share", BARS).getCategoryPlot().getDataset();

        assertThat(data.getColumnKeys()).containsExactly("MR", "ASR-targeted");
        assertThat(data.getRowKeys()).containsExactly("gpt", "claude");
        assertThat(data.getValue("gpt", "ASR-targeted")).isEqualTo(0.6);
        assertThat(data.getValue("claude", "MR")).isNull();
    }

    @Test
    void barChartWithWhiskersRendersToPngAndSvg() throws Exception {
        JFreeChart chart = ShareBarChart.create("t", "s", "Condition", "Share", BARS);
        CategoryPlot plot = chart.getCategoryPlot();

        ChartFiles.Written w = ChartFiles.write(chart, dir, "bars", ShareBarChart.width(2, 2), ShareBarChart.HEIGHT);

        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(1.0);
        assertThat(w.png()).isNotEmptyFile();
        assertThat(w.svg()).isNotEmptyFile();
    }

    @Test
    void heatMapCellsHoldTheSharesAndTheirDetailLines() {
        JFreeChart chart = ShareHeatMap.create("t", "s", "Rater", List.of("a", "b"), "Author", List.of("a", "b"),
                new double[][] {{0.9, 0.5}, {Double.NaN, 0.8}}, new String[][] {{"n = 10", null}, {"n = 0", "n = 4"}},
                "Agreeability");
        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        List<String> texts = chart.getXYPlot().getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation)
                .map(a -> ((XYTextAnnotation) a).getText()).toList();

        assertThat(data.getZValue(0, 0)).isEqualTo(0.9);
        assertThat(data.getZValue(0, 2)).isNaN();
        assertThat(texts).contains("0.90", "n = 10", "0.50", "no data", "n = 4");
    }

    @Test
    void heatMapValuesOfTheWrongShapeAreRejected() {
        assertThatThrownBy(() -> ShareHeatMap.create("t", "s", "R", List.of("a"), "C", List.of("x", "y"),
                new double[][] {{0.1}}, new String[][] {{null}}, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 x 2");
    }
}
