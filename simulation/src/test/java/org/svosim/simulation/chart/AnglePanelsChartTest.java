package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class AnglePanelsChartTest {
    private static final String TITLE = "Measured SVO angle by induced value, one panel per backend";

    private static AnglePoint prosocial(String backend, double angle) {
        return new AnglePoint(backend, "plain", "prosocial", 45, 41.04, 48.96, angle);
    }

    private static List<AnglePoint> points() {
        List<AnglePoint> points = new ArrayList<>(MurphyLikeExample.points());
        points.add(prosocial("other", 30));
        points.add(prosocial("other", 20));
        return points;
    }

    private static final List<AngleMean> MEANS = List.of(
            new AngleMean("other", "plain", "prosocial", 45, 25.0, 20.0, 30.0),
            new AngleMean("sim-backend", "plain", "altruistic", 90, 61.0, 60.0, 62.0));

    private static CombinedDomainXYPlot plot() {
        return (CombinedDomainXYPlot) AnglePanelsChart.create(TITLE, points(), MEANS).getPlot();
    }

    @Test
    void onePanelPerBackendOverOneSharedValueAxis() {
        CombinedDomainXYPlot plot = plot();

        assertThat(plot.getSubplots()).hasSize(2);
        assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols())
                .containsExactly("altruistic", "prosocial", "individualistic", "competitive");
        XYPlot first = plot.getSubplots().get(0);
        XYPlot second = plot.getSubplots().get(1);
        assertThat(first.getRangeAxis().getRange()).isEqualTo(second.getRangeAxis().getRange());
    }

    @Test
    void panelHoldsItsBackendsAnglesUnchangedInTheSharedColumns() {
        XYDataset other = plot().getSubplots().get(0).getDataset(AnglePanelsChart.TRIALS);

        // "other" sorts before "sim-backend"; it has only prosocial trials (column 1)
        assertThat(other.getItemCount(0)).isZero();
        assertThat(other.getSeriesKey(1)).isEqualTo("prosocial");
        assertThat(other.getYValue(1, 0)).isEqualTo(30.0);
        assertThat(other.getYValue(1, 1)).isEqualTo(20.0);
        assertThat(other.getXValue(1, 0)).isCloseTo(1, within(AngleDatasets.JITTER_HALF_WIDTH));
    }

    @Test
    void meanDatasetHoldsTheCircularMeanAndItsInterval() {
        IntervalXYDataset means = (IntervalXYDataset) plot().getSubplots().get(0).getDataset(AnglePanelsChart.MEANS);

        assertThat(means.getItemCount(0)).isEqualTo(1);
        assertThat(means.getXValue(0, 0)).isEqualTo(1.0);
        assertThat(means.getYValue(0, 0)).isEqualTo(25.0);
        assertThat(means.getStartYValue(0, 0)).isEqualTo(20.0);
        assertThat(means.getEndYValue(0, 0)).isEqualTo(30.0);
    }

    @Test
    void rendersAtTwiceItsLayoutSizeAndAsSvgWithItsTitle() throws Exception {
        JFreeChart chart = AnglePanelsChart.create(TITLE, points(), MEANS);
        int height = AnglePanelsChart.heightFor(2);

        RenderChecks.rendersPngAtTwiceTheLayoutSize(chart, AnglePanelsChart.WIDTH, height);
        RenderChecks.rendersSvgWithTitle(chart, AnglePanelsChart.WIDTH, height, TITLE);
    }

    @Test
    void noTrialsGivesAChartThatSaysSo() throws Exception {
        JFreeChart chart = AnglePanelsChart.create(TITLE, List.of(), List.of());

        assertThat(ChartFiles.renderSvg(chart, 600, 300)).contains(AngleDistributionChart.NO_DATA);
    }
}
