package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SvoCategory;

class SvoRingChartTest {
    private static final String TITLE = SvoRingChart.titleFor("sim", "plain");

    /** Always A on the six primary items gives mean (78.33, 66.67); always I gives (81.67, 58.33) (SVO.md). */
    private static final List<RingPoint> POINTS = List.of(
            new RingPoint("sim", "plain", "prosocial", 45, 78.33, 66.67),
            new RingPoint("sim", "plain", "individualistic", 0, 81.67, 58.33),
            new RingPoint("sim", "plain", "prosocial", 45, 80, 70));
    private static final List<AngleMean> MEANS = List.of(
            new AngleMean("sim", "plain", "prosocial", 45, 32.0, 30.0, 34.0),
            new AngleMean("sim", "plain", "individualistic", 0, 14.74, null, null));

    private static JFreeChart chart() {
        return SvoRingChart.create(TITLE, POINTS, MEANS);
    }

    @Test
    void ringRadiusPutsEverySliderItemsEndPointsOnTheRing() {
        // (100, 50) and (50, 100) lie at 50; (85, 85) and (85, 15) at sqrt(35^2 + 35^2) = 49.50.
        for (SliderItem item : MurphySliderItems.primary().items()) {
            for (Allocation end : List.of(item.option(0), item.option(item.size() - 1))) {
                double r = Math.hypot(end.self() - RingGeometry.CENTRE, end.other() - RingGeometry.CENTRE);
                assertThat(r).as("item %d end point %s", item.number(), end).isCloseTo(RingGeometry.RADIUS,
                        within(0.51));
            }
        }
    }

    @Test
    void wedgesMeetAtTheMurphyBoundariesAndTheOuterOnesAreSymmetricAboutTheirRingAngle() {
        assertThat(RingGeometry.WEDGES).extracting(RingGeometry.Wedge::category)
                .containsExactly(SvoCategory.values());
        assertThat(RingGeometry.WEDGES.get(0).from()).isEqualTo(57.15);
        assertThat(RingGeometry.WEDGES.get(0).to()).isCloseTo(122.85, within(1e-9));
        assertThat(RingGeometry.WEDGES.get(1).from()).isEqualTo(22.45);
        assertThat(RingGeometry.WEDGES.get(2).from()).isEqualTo(-12.04);
        assertThat(RingGeometry.WEDGES.get(3).from()).isCloseTo(-77.96, within(1e-9));
        assertThat(RingGeometry.WEDGES.get(3).to()).isEqualTo(-12.04);
    }

    @Test
    void pointDatasetHoldsEachTrialsMeanPayoffsPerValueInRingOrder() {
        XYDataset points = chart().getXYPlot().getDataset(SvoRingChart.POINTS);

        assertThat(points.getSeriesKey(0)).isEqualTo("prosocial");
        assertThat(points.getItemCount(0)).isEqualTo(2);
        assertThat(points.getXValue(0, 0)).isEqualTo(78.33);
        assertThat(points.getYValue(0, 0)).isEqualTo(66.67);
        assertThat(points.getSeriesKey(1)).isEqualTo("individualistic");
        assertThat(points.getXValue(1, 0)).isEqualTo(81.67);
        assertThat(POINTS.get(0).angle()).isCloseTo(30.47, within(0.01));
    }

    @Test
    void targetMarkersSitOnTheRingAtTheTargetAngle() {
        XYDataset targets = chart().getXYPlot().getDataset(SvoRingChart.TARGETS);

        // prosocial 45 degrees: (50 + 50 cos 45, 50 + 50 sin 45) = (85.36, 85.36); individualistic 0: (100, 50)
        assertThat(targets.getXValue(0, 0)).isCloseTo(85.355, within(1e-3));
        assertThat(targets.getYValue(0, 0)).isCloseTo(85.355, within(1e-3));
        assertThat(targets.getXValue(1, 0)).isCloseTo(100, within(1e-9));
        assertThat(targets.getYValue(1, 0)).isCloseTo(50, within(1e-9));
    }

    @Test
    void meanRaysRunFromTheCentreToTheRingAtEachMeanAngle() {
        XYPlot plot = chart().getXYPlot();
        List<Double> rayAngles = plot.getAnnotations().stream().filter(a -> a instanceof XYLineAnnotation)
                .map(a -> (XYLineAnnotation) a)
                .peek(a -> assertThat(a.getX1()).isEqualTo(RingGeometry.CENTRE))
                .peek(a -> assertThat(Math.hypot(a.getX2() - 50, a.getY2() - 50)).isCloseTo(50, within(1e-9)))
                .map(a -> Math.toDegrees(Math.atan2(a.getY2() - 50, a.getX2() - 50))).toList();

        assertThat(rayAngles).hasSize(2);
        assertThat(rayAngles.get(0)).isCloseTo(32.0, within(1e-9));
        assertThat(rayAngles.get(1)).isCloseTo(14.74, within(1e-9));
    }

    @Test
    void rendersAtTwiceItsLayoutSizeAndAsSvgWithItsTitle() throws Exception {
        RenderChecks.rendersPngAtTwiceTheLayoutSize(chart(), SvoRingChart.WIDTH, SvoRingChart.HEIGHT);
        RenderChecks.rendersSvgWithTitle(chart(), SvoRingChart.WIDTH, SvoRingChart.HEIGHT, TITLE);
    }

    @Test
    void emptyRingStillRenders() {
        RenderChecks.rendersPngAtTwiceTheLayoutSize(SvoRingChart.create(TITLE, List.of(), List.of()), 400, 420);
    }

    @Test
    void nonFinitePayoffIsRejected() {
        assertThatThrownBy(() -> new RingPoint("sim", "plain", "prosocial", 45, Double.NaN, 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
