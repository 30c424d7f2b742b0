package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.svosim.simulation.chart.MurphyLikeExample.point;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.SvoCategory;

class AngleDistributionChartTest {

    private static XYPlot plotOf(List<AnglePoint> points) {
        return AngleDistributionChart.create("t", points).getXYPlot();
    }

    private static List<Double> yValues(XYDataset dataset, int series) {
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < dataset.getItemCount(series); i++) {
            ys.add(dataset.getYValue(series, i));
        }
        return ys;
    }

    @Test
    void columnsRunFromAltruisticToCompetitiveWithExplicitAnglesByDegrees() {
        XYPlot plot = plotOf(List.of(
                point("competitive", -45, -16.26, -16.26, -14),
                point("angle_30", 30, 20, 35, 25),
                point("altruistic", 90, 61.39, 61.39, 60),
                point("individualistic", 0, -7.82, 7.82, 3),
                point("prosocial", 45, 41.04, 48.96, 44),
                point("angle_-20", -20, -12, -5, -9)));

        String[] symbols = ((SymbolAxis) plot.getDomainAxis()).getSymbols();

        assertThat(symbols).containsExactly("altruistic (n=1)", "prosocial (n=1)", "angle_30 (n=1)",
                "individualistic (n=1)", "angle_-20 (n=1)", "competitive (n=1)");
    }

    @Test
    void trialDatasetHoldsEveryMeasuredAngleUnchangedInItsColumn() {
        XYDataset trials = plotOf(List.of(point("prosocial", 45, 41.04, 48.96, 44.5),
                point("altruistic", 90, 61.39, 61.39, 59.25),
                point("prosocial", 45, 41.04, 48.96, 12.0))).getDataset(AngleDistributionChart.TRIALS);

        assertThat(trials.getSeriesKey(0)).isEqualTo("altruistic");
        assertThat(yValues(trials, 0)).containsExactly(59.25);
        assertThat(trials.getSeriesKey(1)).isEqualTo("prosocial");
        assertThat(yValues(trials, 1)).containsExactly(44.5, 12.0);
    }

    @Test
    void pointsAboveFiftySevenFifteenLieInTheBandLabelledAltruistic() {
        XYPlot plot = plotOf(MurphyLikeExample.points());
        XYDataset trials = plot.getDataset(AngleDistributionChart.TRIALS);
        List<XYTextAnnotation> labels = textAnnotations(plot.getAnnotations());
        double axisHigh = plot.getRangeAxis().getUpperBound();

        XYTextAnnotation altruistic = labels.stream().filter(a -> a.getText().equals("altruistic"))
                .findFirst().orElseThrow();
        assertThat(altruistic.getY()).isBetween(SvoCategory.ALTRUISTIC_ABOVE, axisHigh);
        assertThat(boundaries(plot.getRangeMarkers(Layer.BACKGROUND)))
                .containsExactly(57.15, 22.45, -12.04);
        int above = 0;
        for (int s = 0; s < trials.getSeriesCount(); s++) {
            for (double y : yValues(trials, s)) {
                if (y > 57.15) {
                    above++;
                    assertThat(y).isBetween(SvoCategory.ALTRUISTIC_ABOVE, axisHigh);
                    assertThat(bandOf(y, plot).category()).isEqualTo(SvoCategory.ALTRUISTIC);
                }
            }
        }
        assertThat(above).as("the example has altruistic trials").isGreaterThan(10);
    }

    @Test
    void everyCategoryNameAndRangeIsWrittenInsideItsBand() {
        XYPlot plot = plotOf(MurphyLikeExample.points());
        List<XYTextAnnotation> labels = textAnnotations(plot.getAnnotations());

        assertThat(labels).extracting(XYTextAnnotation::getText).containsExactly(
                "altruistic", "> 57.15\u00b0", "prosocial", "22.45\u00b0 to 57.15\u00b0",
                "individualistic", "-12.04\u00b0 to 22.45\u00b0", "competitive", "\u2264 -12.04\u00b0");
        for (int i = 0; i < labels.size(); i += 2) {
            XYTextAnnotation name = labels.get(i);
            assertThat(SvoCategory.classify(name.getY()).label()).isEqualTo(name.getText());
            assertThat(labels.get(i + 1).getY()).isEqualTo(name.getY());
        }
    }

    @Test
    void meanSeriesHoldsEachColumnsMean() {
        XYDataset means = plotOf(List.of(point("prosocial", 45, 41.04, 48.96, 40),
                point("prosocial", 45, 41.04, 48.96, 50), point("prosocial", 45, 41.04, 48.96, 36),
                point("competitive", -45, -16.26, -16.26, -10))).getDataset(AngleDistributionChart.MEANS);

        assertThat(yValues(means, 0)).containsExactly(42.0, -10.0);
        assertThat(means.getXValue(0, 1)).isEqualTo(1.0);
    }

    @Test
    void jitterStaysInsideTheColumnAndRepeatsExactly() {
        XYDataset first = plotOf(MurphyLikeExample.points()).getDataset(AngleDistributionChart.TRIALS);
        XYDataset second = plotOf(MurphyLikeExample.points()).getDataset(AngleDistributionChart.TRIALS);

        List<Double> offsets = new ArrayList<>();
        for (int s = 0; s < first.getSeriesCount(); s++) {
            for (int i = 0; i < first.getItemCount(s); i++) {
                assertThat(second.getXValue(s, i)).isEqualTo(first.getXValue(s, i));
                offsets.add(first.getXValue(s, i) - s);
            }
        }
        assertThat(offsets).allSatisfy(dx -> assertThat(Math.abs(dx)).isLessThan(0.2));
        assertThat(offsets.stream().distinct().count()).as("points are spread, not stacked").isEqualTo(80);
    }

    @Test
    void pointsTakeTheColourOfTheirInducedValuesCategoryAndExplicitAnglesGrey() {
        XYPlot plot = plotOf(List.of(point("altruistic", 90, 61.39, 61.39, 60),
                point("angle_30", 30, 20, 35, 25), point("competitive", -45, -16.26, -16.26, -14)));

        Color altruistic = (Color) plot.getRenderer(AngleDistributionChart.TRIALS).getSeriesPaint(0);
        Color explicit = (Color) plot.getRenderer(AngleDistributionChart.TRIALS).getSeriesPaint(1);
        Color competitive = (Color) plot.getRenderer(AngleDistributionChart.TRIALS).getSeriesPaint(2);

        assertThat(altruistic.getGreen()).isGreaterThan(altruistic.getRed());
        assertThat(competitive.getRed()).isGreaterThan(competitive.getGreen() + 100);
        assertThat(explicit.getRed()).isEqualTo(explicit.getGreen()).isEqualTo(explicit.getBlue());
        assertThat(altruistic.getAlpha()).as("semi-transparent").isLessThan(255);
    }

    @Test
    void idealIntervalIsABoxAroundItsColumnAndAPointIntervalStaysVisible() {
        XYPlot plot = plotOf(List.of(point("altruistic", 90, 61.39, 61.39, 60),
                point("prosocial", 45, 41.04, 48.96, 44)));

        List<XYBoxAnnotation> boxes = new ArrayList<>();
        for (Object a : ((AbstractXYItemRenderer) plot.getRenderer(AngleDistributionChart.TRIALS))
                .getAnnotations()) {
            boxes.add((XYBoxAnnotation) a);
        }

        assertThat(boxes).hasSize(2);
        XYBoxAnnotation altruistic = boxes.get(0);
        XYBoxAnnotation prosocial = boxes.get(1);
        assertThat((altruistic.getY0() + altruistic.getY1()) / 2).isCloseTo(61.39, within(1e-9));
        assertThat(altruistic.getY1() - altruistic.getY0()).as("visible height").isGreaterThan(1.0);
        assertThat(prosocial.getY0()).isEqualTo(41.04);
        assertThat(prosocial.getY1()).isEqualTo(48.96);
        assertThat(prosocial.getX0()).isLessThan(1 - AngleDatasets.JITTER_HALF_WIDTH);
        assertThat(prosocial.getX1()).isGreaterThan(1 + AngleDatasets.JITTER_HALF_WIDTH);
    }

    @Test
    void valueLabelsTurnVerticalOnlyWhenTooManyToFitSideBySide() {
        List<AnglePoint> many = new ArrayList<>(MurphyLikeExample.points());
        for (int angle = -40; angle <= 80; angle += 30) {
            many.add(point("angle_" + angle, angle, 0, 0, 10));
        }

        assertThat(plotOf(MurphyLikeExample.points()).getDomainAxis().isVerticalTickLabels()).isFalse();
        assertThat(plotOf(many).getDomainAxis().isVerticalTickLabels()).isTrue();
    }

    @Test
    void emptyInputGivesAChartThatSaysNoValidTrials() {
        JFreeChart chart = AngleDistributionChart.create("t", List.of());

        assertThat(chart.getXYPlot().getNoDataMessage()).isEqualTo("no valid trials");
        assertThat(chart.getXYPlot().getDataset(AngleDistributionChart.TRIALS).getSeriesCount()).isZero();
        assertThat(subtitleOf(chart)).isEqualTo("0 valid trials");
        assertThat(chart.getLegend()).as("nothing to explain").isNull();
    }

    @Test
    void subtitleCountsTheTrials() {
        JFreeChart chart = AngleDistributionChart.create("t", MurphyLikeExample.points());

        assertThat(subtitleOf(chart)).startsWith("80 valid trials");
    }

    @Test
    void angleAxisKeepsItsDefaultRangeAndWidensForOutliers() {
        XYPlot usual = plotOf(List.of(point("altruistic", 90, 61.39, 61.39, 66),
                point("competitive", -45, -16.26, -16.26, -16)));
        XYPlot wide = plotOf(List.of(point("angle_80", 80, 61.39, 61.39, 81),
                point("competitive", -45, -16.26, -16.26, -31)));

        assertThat(usual.getRangeAxis().getLowerBound()).isEqualTo(-20);
        assertThat(usual.getRangeAxis().getUpperBound()).isEqualTo(70);
        assertThat(wide.getRangeAxis().getLowerBound()).isLessThanOrEqualTo(-34);
        assertThat(wide.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(84);
    }

    @Test
    void oneLabelWithTwoDifferentTargetsIsRejected() {
        assertThatThrownBy(() -> plotOf(List.of(point("mine", 30, 20, 35, 25), point("mine", 40, 20, 35, 25))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mine'").hasMessageContaining("one target and ideal interval per value");
    }

    private static String subtitleOf(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle) {
                return ((TextTitle) chart.getSubtitle(i)).getText();
            }
        }
        throw new AssertionError("chart has no text subtitle");
    }

    private static List<XYTextAnnotation> textAnnotations(List<XYAnnotation> annotations) {
        List<XYTextAnnotation> texts = new ArrayList<>();
        for (XYAnnotation a : annotations) {
            if (a instanceof XYTextAnnotation) {
                texts.add((XYTextAnnotation) a);
            }
        }
        return texts;
    }

    private static List<Double> boundaries(Collection<?> markers) {
        List<Double> values = new ArrayList<>();
        for (Object m : markers) {
            values.add(((ValueMarker) m).getValue());
        }
        return values;
    }

    private static CategoryBand bandOf(double y, XYPlot plot) {
        return CategoryBand.within(plot.getRangeAxis().getLowerBound(), plot.getRangeAxis().getUpperBound())
                .stream().filter(b -> y > b.low() && y <= b.high()).findFirst().orElseThrow();
    }
}
