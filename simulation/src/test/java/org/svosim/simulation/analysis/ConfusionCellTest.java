package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.games.slider.SvoCategory.ALTRUISTIC;
import static org.svosim.games.slider.SvoCategory.COMPETITIVE;
import static org.svosim.games.slider.SvoCategory.INDIVIDUALISTIC;
import static org.svosim.games.slider.SvoCategory.PROSOCIAL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.TrialRow;

class ConfusionCellTest {

    private static String cell(ConfusionCell c) {
        return c.targetCategory().label() + "->" + c.measuredCategory().label() + " " + c.n() + " " + c.rowShare();
    }

    @Test
    void countsAndRowSharesOfACraftedSet() {
        // prosocial target: measured 30, 40, 50 (prosocial) and 10 (individualistic) -> 3/4 and 1/4;
        // competitive target: measured 0 and 5 (individualistic) -> 2/2; an invalid prosocial trial and an
        // explicit 30-degree target are not counted; altruistic only failed -> a row of zeros with no share.
        List<TrialRow> trials = List.of(Rows.valid("gpt", "plain", PROSOCIAL, 30, 0.9),
                Rows.valid("gpt", "plain", PROSOCIAL, 40, 0.9), Rows.valid("gpt", "plain", PROSOCIAL, 50, 0.9),
                Rows.valid("gpt", "plain", PROSOCIAL, 10, 0.8),
                Rows.unscored("gpt", "plain", PROSOCIAL, TrialStatus.INVALID),
                Rows.valid("gpt", "plain", COMPETITIVE, 0, 0.7), Rows.valid("gpt", "plain", COMPETITIVE, 5, 0.6),
                Rows.explicit("gpt", "plain", 30, 25, 0.9),
                Rows.unscored("gpt", "plain", ALTRUISTIC, TrialStatus.FAILED));

        List<ConfusionCell> cells = ConfusionCell.of(trials);

        assertThat(cells).extracting(ConfusionCellTest::cell).containsExactly(
                "altruistic->altruistic 0 null", "altruistic->prosocial 0 null",
                "altruistic->individualistic 0 null", "altruistic->competitive 0 null",
                "prosocial->altruistic 0 0.0", "prosocial->prosocial 3 0.75",
                "prosocial->individualistic 1 0.25", "prosocial->competitive 0 0.0",
                "competitive->altruistic 0 0.0", "competitive->prosocial 0 0.0",
                "competitive->individualistic 2 1.0", "competitive->competitive 0 0.0");
    }

    @Test
    void eachBackendAndProtocolHasItsOwnMatrix() {
        List<TrialRow> trials = List.of(Rows.valid("gpt", "plain", INDIVIDUALISTIC, 0, 1),
                Rows.valid("claude", "plain", INDIVIDUALISTIC, 40, 0.5),
                Rows.valid("gpt", "goal", INDIVIDUALISTIC, 0, 1));

        List<ConfusionCell> cells = ConfusionCell.of(trials);

        assertThat(cells).hasSize(12);
        assertThat(cells).filteredOn(c -> c.n() == 1)
                .extracting(c -> c.backend() + "/" + c.protocol() + " " + c.measuredCategory().label())
                .containsExactly("gpt/plain individualistic", "claude/plain prosocial", "gpt/goal individualistic");
    }
}
