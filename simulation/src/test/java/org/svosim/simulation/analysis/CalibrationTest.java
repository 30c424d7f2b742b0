package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.svosim.games.slider.SvoCategory.ALTRUISTIC;
import static org.svosim.games.slider.SvoCategory.COMPETITIVE;
import static org.svosim.games.slider.SvoCategory.INDIVIDUALISTIC;
import static org.svosim.games.slider.SvoCategory.PROSOCIAL;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.TrialRow;

class CalibrationTest {
    private static final Bootstrap BOOTSTRAP = new Bootstrap(1000, 3);

    /** measured = 10 + 0.5 * target for every named target: slope 0.5, intercept 10, pull 0.5. */
    private static List<TrialRow> halfwayBackend(String protocol) {
        List<TrialRow> rows = new ArrayList<>();
        for (SvoCategory c : List.of(ALTRUISTIC, PROSOCIAL, INDIVIDUALISTIC, COMPETITIVE)) {
            rows.add(Rows.valid("drift", protocol, c, 10 + 0.5 * c.ringAngle(), 0.5));
            rows.add(Rows.valid("drift", protocol, c, 10 + 0.5 * c.ringAngle(), 0.5));
        }
        return rows;
    }

    @Test
    void backendThatHalvesEveryTargetHasPullOneHalf() {
        // Targets 90, 45, 0, -45 measured at 55, 32.5, 10, -12.5: on the line 10 + 0.5 x exactly.
        Calibration c = Calibration.of(halfwayBackend("plain"), BOOTSTRAP).get(0);

        assertThat(c.backend()).isEqualTo("drift");
        assertThat(c.protocol()).isEqualTo("plain");
        assertThat(c.n()).isEqualTo(8);
        assertThat(c.nTargets()).isEqualTo(4);
        assertThat(c.slope().value()).isCloseTo(0.5, within(1e-12));
        assertThat(c.intercept()).isCloseTo(10, within(1e-9));
        assertThat(c.rSquared()).isCloseTo(1.0, within(1e-12));
        assertThat(c.pull().value()).isCloseTo(0.5, within(1e-12));
        assertThat(c.slope().low()).isCloseTo(0.5, within(1e-9));
        assertThat(c.reason()).isNull();
    }

    @Test
    void idealSlopeIsTheIdealAgentsLineOverTheSameTrials() {
        // Ideal middles at targets 90, 45, 0, -45 are 61.39, 45, 0, -16.26 (SVO.md): mean x 22.5, mean y 22.5325;
        // Sxy = 67.5 * 38.8575 + 22.5 * 22.4675 + 22.5 * 22.5325 + 67.5 * 38.7925 = 6253.875, Sxx = 10125
        // -> ideal slope 0.617667; pull vs ideal = 1 - 0.5 / 0.617667 = 0.190502.
        Calibration c = Calibration.of(halfwayBackend("plain"), BOOTSTRAP).get(0);

        assertThat(c.idealSlope()).isCloseTo(0.617667, within(1e-6));
        assertThat(c.pullVsIdeal()).isCloseTo(0.190502, within(1e-6));
    }

    @Test
    void pullIntervalMirrorsTheSlopeInterval() {
        List<TrialRow> rows = new ArrayList<>(halfwayBackend("plain"));
        rows.add(Rows.valid("drift", "plain", PROSOCIAL, 50, 0.8));
        rows.add(Rows.valid("drift", "plain", COMPETITIVE, 0, 0.4));

        Calibration c = Calibration.of(rows, BOOTSTRAP).get(0);

        assertThat(c.pull().low()).isCloseTo(1 - c.slope().high(), within(1e-12));
        assertThat(c.pull().high()).isCloseTo(1 - c.slope().low(), within(1e-12));
        assertThat(c.slope().low()).isLessThan(c.slope().value());
    }

    @Test
    void backendWithTwoProtocolsAlsoGetsAPooledRow() {
        List<TrialRow> rows = new ArrayList<>(halfwayBackend("plain"));
        rows.addAll(halfwayBackend("goal"));

        List<Calibration> out = Calibration.of(rows, BOOTSTRAP);

        assertThat(out).extracting(Calibration::protocol).containsExactly("plain", "goal", null);
        assertThat(out.get(2).n()).isEqualTo(16);
        assertThat(out.get(2).slope().value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void singleTargetGivesNoFitAndSaysWhy() {
        List<TrialRow> rows = List.of(Rows.valid("gpt", "plain", PROSOCIAL, 40, 0.9),
                Rows.valid("gpt", "plain", PROSOCIAL, 30, 0.7),
                Rows.unscored("gpt", "plain", COMPETITIVE, TrialStatus.FAILED));

        Calibration c = Calibration.of(rows, BOOTSTRAP).get(0);

        assertThat(c.nTargets()).isEqualTo(1);
        assertThat(c.slope()).isEqualTo(Estimate.empty());
        assertThat(c.rSquared()).isNull();
        assertThat(c.reason()).contains("2 or more distinct target angles").contains("45.0");
    }
}
