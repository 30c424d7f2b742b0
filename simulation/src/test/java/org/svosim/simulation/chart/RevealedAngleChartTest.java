package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class RevealedAngleChartTest {
    private static List<double[]> items(JFreeChart chart, int series) {
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < data.getItemCount(series); i++) {
            out.add(new double[] {data.getXValue(series, i), data.getYValue(series, i)});
        }
        return out;
    }

    @Test
    void eachGroupIsOneSeriesInOrderOfFirstAppearanceWithItsPointsByInducedAngleTiesInTheOrderGiven() {
        List<RevealedAngleChart.Point> points = List.of(
                new RevealedAngleChart.Point("prosocial", 45, 40, 30, 50),
                new RevealedAngleChart.Point("altruistic", 60, 1, 0, 2),
                new RevealedAngleChart.Point("prosocial", 30, 20, 10, 30),
                new RevealedAngleChart.Point("prosocial", 45, 41, 31, 51),
                new RevealedAngleChart.Point("prosocial", 30, 21, 11, 31),
                new RevealedAngleChart.Point("altruistic", 60, 2, 1, 3));

        JFreeChart chart = RevealedAngleChart.create("t", points);

        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertThat(data.getSeriesKey(0)).isEqualTo("prosocial");
        assertThat(data.getSeriesKey(1)).isEqualTo("altruistic");
        assertThat(items(chart, 0)).containsExactly(new double[] {30, 20}, new double[] {30, 21},
                new double[] {45, 40}, new double[] {45, 41});
        assertThat(items(chart, 1)).containsExactly(new double[] {60, 1}, new double[] {60, 2});
    }
}
