package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class ValueRationalityHeatMapTest {
    private static final String TITLE = "Mean value rationality by backend and induced value";
    private static final List<HeatCell> CELLS = List.of(
            new HeatCell("gpt", "competitive", -45, 0.25, 0.2, 0.3, 10),
            new HeatCell("gpt", "altruistic", 90, 0.75, null, null, 1),
            new HeatCell("claude", "altruistic", 90, null, null, null, 0),
            new HeatCell("claude", "competitive", -45, 1.0, 1.0, 1.0, 10));

    private static XYPlot plot() {
        return ValueRationalityHeatMap.create(TITLE, CELLS).getXYPlot();
    }

    @Test
    void cellsHoldTheValuesWithRowsInInputOrderAndColumnsByTargetDescending() {
        XYPlot plot = plot();
        XYZDataset data = (XYZDataset) plot.getDataset();

        assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()).containsExactly("altruistic", "competitive");
        // rows from the bottom: claude (y = 0), gpt (y = 1)
        assertThat(((SymbolAxis) plot.getRangeAxis()).getSymbols()).containsExactly("claude", "gpt");
        // item i = row-from-top * columns + column: gpt/altruistic, gpt/competitive, claude/altruistic, claude/...
        assertThat(data.getZValue(0, 0)).isEqualTo(0.75);
        assertThat(data.getYValue(0, 0)).isEqualTo(1.0);
        assertThat(data.getZValue(0, 1)).isEqualTo(0.25);
        assertThat(data.getZValue(0, 2)).isNaN();
        assertThat(data.getZValue(0, 3)).isEqualTo(1.0);
    }

    @Test
    void cellTextShowsValueCountAndIntervalOrSaysNoData() {
        List<String> texts = plot().getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation)
                .map(a -> ((XYTextAnnotation) a).getText()).toList();

        assertThat(texts).contains("0.75", "n = 1", "0.25", "n = 10, 95% CI 0.20\u20130.30", "no data", "n = 0");
    }

    @Test
    void aCellGivenTwiceIsRejected() {
        List<HeatCell> twice = List.of(new HeatCell("gpt", "altruistic", 90, 0.5, null, null, 1),
                new HeatCell("gpt", "altruistic", 90, 0.6, null, null, 1));

        assertThatThrownBy(() -> ValueRationalityHeatMap.create(TITLE, twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gpt x altruistic");
    }

    @Test
    void valueOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> new HeatCell("gpt", "altruistic", 90, 1.2, null, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
    }

    @Test
    void rendersAtTwiceItsLayoutSizeAndAsSvgWithItsTitle() throws Exception {
        JFreeChart chart = ValueRationalityHeatMap.create(TITLE, CELLS);
        int w = ValueRationalityHeatMap.width(2);
        int h = ValueRationalityHeatMap.height(2);

        RenderChecks.rendersPngAtTwiceTheLayoutSize(chart, w, h);
        RenderChecks.rendersSvgWithTitle(chart, w, h, TITLE);
    }
}
