package org.svosim.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.agents.protocol.AnswerFormat;
import org.svosim.agents.protocol.ItemOrder;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.run.TrialSpec;

class ExperimentPlanTest {
    private static final List<TargetValue> VALUES = List.of(new TargetValue.Named(SvoCategory.ALTRUISTIC),
            new TargetValue.Named(SvoCategory.COMPETITIVE));
    private static final List<ProtocolSpec> PROTOCOLS = List.of(
            new ProtocolSpec.Direct("direct", AnswerFormat.LETTER, 2, ItemOrder.published()));

    @Test
    void idsArePaddedToTheWidthOfTheLastRepetitionAndAtLeastTwoDigits() {
        assertThat(ids(ExperimentPlan.expand(7, List.of("sim"), VALUES, PROTOCOLS, 3)))
                .containsExactly("sim/altruistic/direct/r00", "sim/competitive/direct/r00",
                        "sim/altruistic/direct/r01", "sim/competitive/direct/r01",
                        "sim/altruistic/direct/r02", "sim/competitive/direct/r02");
        List<String> wide = ids(ExperimentPlan.expand(7, List.of("sim"), VALUES, PROTOCOLS, 101));
        assertThat(wide).startsWith("sim/altruistic/direct/r000").endsWith("sim/competitive/direct/r100");
        assertThat(wide).contains("sim/altruistic/direct/r042");
    }

    @Test
    void eachTrialCarriesItsPlanIndexRepetitionAndTheSeedDerivedFromItsId() {
        List<TrialSpec> trials = ExperimentPlan.expand(7, List.of("sim"), VALUES, PROTOCOLS, 12).trials();
        for (int i = 0; i < trials.size(); i++) {
            TrialSpec t = trials.get(i);
            assertThat(t.index()).isEqualTo(i);
            assertThat(t.repetition()).isEqualTo(i / 2);
            assertThat(t.seed()).isEqualTo(TrialSeeds.derive(7, t.trialId()));
        }
        assertThat(trials.get(23).trialId()).isEqualTo("sim/competitive/direct/r11");
    }

    private static List<String> ids(ExperimentPlan plan) {
        return plan.trials().stream().map(TrialSpec::trialId).toList();
    }
}
