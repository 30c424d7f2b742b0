package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.games.slider.SvoCategory.ALTRUISTIC;
import static org.svosim.games.slider.SvoCategory.COMPETITIVE;
import static org.svosim.games.slider.SvoCategory.INDIVIDUALISTIC;
import static org.svosim.games.slider.SvoCategory.PROSOCIAL;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class ConfusionChartTest {
    private static final String TITLE = ConfusionChart.titleFor("gpt", "plain");
    /** Prosocial target: 3 prosocial, 1 individualistic; competitive target: 2 individualistic. */
    private static final List<ConfusionEntry> ENTRIES = List.of(
            new ConfusionEntry(PROSOCIAL, ALTRUISTIC, 0, 0.0), new ConfusionEntry(PROSOCIAL, PROSOCIAL, 3, 0.75),
            new ConfusionEntry(PROSOCIAL, INDIVIDUALISTIC, 1, 0.25), new ConfusionEntry(PROSOCIAL, COMPETITIVE, 0, 0.0),
            new ConfusionEntry(COMPETITIVE, ALTRUISTIC, 0, 0.0), new ConfusionEntry(COMPETITIVE, PROSOCIAL, 0, 0.0),
            new ConfusionEntry(COMPETITIVE, INDIVIDUALISTIC, 2, 1.0),
            new ConfusionEntry(COMPETITIVE, COMPETITIVE, 0, 0.0));

    private static XYPlot plot() {
        return ConfusionChart.create(TITLE, ENTRIES).getXYPlot();
    }

    @Test
    void rowsAreThePresentTargetsAndColumnsAllFourCategories() {
        XYPlot plot = plot();

        assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols())
                .containsExactly("altruistic", "prosocial", "individualistic", "competitive");
        assertThat(((SymbolAxis) plot.getRangeAxis()).getSymbols()).containsExactly("competitive", "prosocial");
    }

    @Test
    void cellsAreShadedByRowShare() {
        XYZDataset data = (XYZDataset) plot().getDataset();

        // prosocial row first (top, y = 1): shares 0, 0.75, 0.25, 0; then competitive (y = 0): 0, 0, 1, 0
        assertThat(data.getItemCount(0)).isEqualTo(8);
        assertThat(data.getZValue(0, 1)).isEqualTo(0.75);
        assertThat(data.getYValue(0, 1)).isEqualTo(1.0);
        assertThat(data.getZValue(0, 6)).isEqualTo(1.0);
        assertThat(data.getXValue(0, 6)).isEqualTo(2.0);
    }

    @Test
    void cellTextGivesCountsAndPercentages() {
        List<String> texts = plot().getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation)
                .map(a -> ((XYTextAnnotation) a).getText()).toList();

        assertThat(texts).contains("3", "75%", "1", "25%", "2", "100%");
    }

    @Test
    void rendersAtTwiceItsLayoutSizeAndAsSvgWithItsTitle() throws Exception {
        JFreeChart chart = ConfusionChart.create(TITLE, ENTRIES);

        RenderChecks.rendersPngAtTwiceTheLayoutSize(chart, ConfusionChart.WIDTH, ConfusionChart.height(2));
        RenderChecks.rendersSvgWithTitle(chart, ConfusionChart.WIDTH, ConfusionChart.height(2), TITLE);
    }
}
