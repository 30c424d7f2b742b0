package org.svosim.agents.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.svosim.games.bias.AttackCondition;

class SimulatedJudgeSettingsTest {

    @Test
    void missRateIsLookedUpByCondition() {
        SimulatedJudgeSettings s = new SimulatedJudgeSettings(0.1, 0.2, 0.3, 0, 0.5, 0.5, "v");

        assertThat(s.missRate(AttackCondition.NONE)).isEqualTo(0.1);
        assertThat(s.missRate(AttackCondition.UNTARGETED)).isEqualTo(0.2);
        assertThat(s.missRate(AttackCondition.TARGETED)).isEqualTo(0.3);
    }

    @Test
    void aShareOutsideZeroToOneIsRejectedByName() {
        assertThatThrownBy(() -> new SimulatedJudgeSettings(0.1, 0.2, 1.3, 0, 0.5, 0.5, "v"))
                .hasMessageContaining("judge_miss_rate.targeted must be in [0, 1]: 1.3");
        assertThatThrownBy(() -> new SimulatedJudgeSettings(0, 0, 0, Double.NaN, 0.5, 0.5, "v"))
                .hasMessageContaining("judge_refusal_rate");
    }
}
