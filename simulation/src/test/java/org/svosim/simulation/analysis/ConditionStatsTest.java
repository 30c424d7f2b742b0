package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.svosim.games.slider.SvoCategory.COMPETITIVE;
import static org.svosim.games.slider.SvoCategory.PROSOCIAL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.TrialRow;

class ConditionStatsTest {
    private static final Bootstrap BOOTSTRAP = new Bootstrap(1000, 11);

    @Test
    void statisticsUseOnlyTheValidTrialsOfEachCondition() {
        // prosocial: valid angles 40 and 50 (circular mean 45: C = cos 5 cos 45 * 2 / 2, S likewise, symmetric),
        // value rationality 0.9 and 0.7 (mean 0.8), hits 1 and 1 (40 and 50 are prosocial).
        List<TrialRow> trials = List.of(Rows.valid("gpt", "plain", PROSOCIAL, 40, 0.9),
                Rows.unscored("gpt", "plain", PROSOCIAL, TrialStatus.INVALID),
                Rows.valid("gpt", "plain", PROSOCIAL, 50, 0.7),
                Rows.valid("gpt", "plain", COMPETITIVE, 10, 0.5));

        List<ConditionStats> stats = ConditionStats.of(trials, BOOTSTRAP);

        assertThat(stats).hasSize(2);
        ConditionStats prosocial = stats.get(0);
        assertThat(prosocial.condition().valueLabel()).isEqualTo("prosocial");
        assertThat(prosocial.nTrials()).isEqualTo(3);
        assertThat(prosocial.nValid()).isEqualTo(2);
        assertThat(prosocial.meanAngle().value()).isCloseTo(45.0, within(1e-9));
        assertThat(prosocial.angle().resultantLength()).isCloseTo(Math.cos(Math.toRadians(5)), within(1e-12));
        assertThat(prosocial.valueRationality().value()).isCloseTo(0.8, within(1e-12));
        assertThat(prosocial.categoryHitRate().value()).isEqualTo(1.0);
        assertThat(prosocial.meanAngle().low()).isBetween(40.0, 45.0);
        assertThat(prosocial.meanAngle().high()).isBetween(45.0, 50.0);
        ConditionStats competitive = stats.get(1);
        assertThat(competitive.categoryHitRate()).isEqualTo(Estimate.pointOnly(0.0));
        assertThat(competitive.meanAngle().hasInterval()).isFalse();
    }

    @Test
    void explicitTargetsHaveNoHitRate() {
        ConditionStats s = ConditionStats.of(List.of(Rows.explicit("gpt", "plain", 30, 25, 0.9),
                Rows.explicit("gpt", "plain", 30, 27, 0.95)), BOOTSTRAP).get(0);

        assertThat(s.categoryHitRate()).isEqualTo(Estimate.empty());
        assertThat(s.meanAngle().value()).isCloseTo(26.0, within(1e-9));
    }

    @Test
    void conditionWithoutValidTrialsHasOnlyCounts() {
        ConditionStats s = ConditionStats.of(List.of(Rows.unscored("gpt", "plain", PROSOCIAL, TrialStatus.FAILED)),
                BOOTSTRAP).get(0);

        assertThat(s.nTrials()).isEqualTo(1);
        assertThat(s.nValid()).isZero();
        assertThat(s.meanAngle()).isEqualTo(Estimate.empty());
        assertThat(s.valueRationality()).isEqualTo(Estimate.empty());
        assertThat(s.angle().resultantLength()).isNull();
    }

    @Test
    void intervalsOfAConditionDoNotDependOnOtherConditions() {
        TrialRow a = Rows.valid("gpt", "plain", PROSOCIAL, 40, 0.9);
        TrialRow b = Rows.valid("gpt", "plain", PROSOCIAL, 44, 0.6);
        TrialRow c = Rows.valid("gpt", "plain", PROSOCIAL, 52, 0.7);
        TrialRow other = Rows.valid("claude", "plain", PROSOCIAL, 30, 0.4);

        ConditionStats alone = ConditionStats.of(List.of(a, b, c), BOOTSTRAP).get(0);
        ConditionStats withOther = ConditionStats.of(List.of(other, a, b, c), BOOTSTRAP).get(1);

        assertThat(withOther).isEqualTo(alone);
    }
}
