package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class CalibrationChartTest {
    private static final String TITLE = "Calibration: measured vs target SVO angle per backend";
    private static final List<AnglePoint> POINTS = List.of(
            new AnglePoint("a", "plain", "prosocial", 45, 41.04, 48.96, 40),
            new AnglePoint("a", "plain", "competitive", -45, -16.26, -16.26, -10),
            new AnglePoint("b", "plain", "prosocial", 45, 41.04, 48.96, 30),
            new AnglePoint("b", "plain", "competitive", -45, -16.26, -16.26, 20));
    /** a: through (45, 40) and (-45, -10): slope 50 / 90, intercept 15. b: slope 10 / 90, intercept 25. */
    private static final List<CalibrationLine> LINES = List.of(new CalibrationLine("a", "plain", 5.0 / 9, 15),
            new CalibrationLine("b", "plain", 1.0 / 9, 25));

    private static JFreeChart chart() {
        return CalibrationChart.create(TITLE, POINTS, LINES);
    }

    @Test
    void eachBackendIsASeriesOfMeasuredAnglesAtItsDodgedTargets() {
        XYDataset data = chart().getXYPlot().getDataset();

        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeriesKey(0)).isEqualTo("a");
        assertThat(data.getYValue(0, 0)).isEqualTo(40.0);
        assertThat(data.getYValue(1, 1)).isEqualTo(20.0);
        // two backends: a sits DODGE/2 left of the target, b DODGE/2 right, each jittered by at most JITTER
        assertThat(data.getXValue(0, 0) - 45).isCloseTo(-CalibrationChart.DODGE / 2, within(CalibrationChart.JITTER));
        assertThat(data.getXValue(1, 1) + 45).isCloseTo(CalibrationChart.DODGE / 2, within(CalibrationChart.JITTER));
    }

    @Test
    void fittedAndIdentityLinesFollowTheirEquations() {
        List<XYLineAnnotation> lines = ((AbstractXYItemRenderer) chart().getXYPlot().getRenderer()).getAnnotations()
                .stream()
                .filter(a -> a instanceof XYLineAnnotation).map(a -> (XYLineAnnotation) a).toList();

        assertThat(lines).hasSize(3);
        for (XYLineAnnotation l : lines.subList(0, 2)) {
            assertThat(l.getX1()).isEqualTo(-60.0);
            assertThat(l.getX2()).isEqualTo(60.0);
        }
        assertThat(lines.get(0).getY2()).isCloseTo(15 + 60 * 5.0 / 9, within(1e-9));
        assertThat(lines.get(1).getY1()).isCloseTo(25 - 60.0 / 9, within(1e-9));
        assertThat(lines.get(2).getY1()).isEqualTo(lines.get(2).getX1());
        assertThat(lines.get(2).getY2()).isEqualTo(lines.get(2).getX2());
    }

    @Test
    void dodgeIsCentredOnTheTarget() {
        assertThat(CalibrationChart.dodge(0, 1)).isZero();
        assertThat(CalibrationChart.dodge(0, 3)).isEqualTo(-CalibrationChart.DODGE);
        assertThat(CalibrationChart.dodge(2, 3)).isEqualTo(CalibrationChart.DODGE);
    }

    @Test
    void rendersAtTwiceItsLayoutSizeAndAsSvgWithItsTitle() throws Exception {
        RenderChecks.rendersPngAtTwiceTheLayoutSize(chart(), CalibrationChart.WIDTH, CalibrationChart.HEIGHT);
        RenderChecks.rendersSvgWithTitle(chart(), CalibrationChart.WIDTH, CalibrationChart.HEIGHT, TITLE);
    }
}
