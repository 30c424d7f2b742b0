package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.svosim.simulation.export.OutputTable;

/** The research tables' column names are a contract (docs/outputs.md): the headers stay as published. */
class ResearchColumnsTest {

    @Test
    void conditionsHeaderIsThePublishedOne() {
        assertThat(ConditionsCsv.COLUMNS).containsExactly("backend", "provider", "model_id", "protocol",
                "value_label", "target_degrees", "n_trials", "n_valid", "circular_mean_angle",
                "circular_mean_ci_low", "circular_mean_ci_high", "mean_resultant_length", "circular_sd",
                "mean_value_rationality", "vr_ci_low", "vr_ci_high", "category_hit_rate", "hit_ci_low",
                "hit_ci_high", "bootstrap_resamples");
    }

    @Test
    void calibrationHeaderIsThePublishedOne() {
        assertThat(CalibrationCsv.COLUMNS).containsExactly("backend", "protocol", "pooled", "n_valid", "n_targets",
                "slope", "slope_ci_low", "slope_ci_high", "intercept", "r_squared", "pull_to_middle", "pull_ci_low",
                "pull_ci_high", "ideal_slope", "pull_vs_ideal", "reason");
    }

    @Test
    void comparisonsHeaderIsThePublishedOne() {
        assertThat(ComparisonsCsv.COLUMNS).containsExactly("comparison", "value_label", "target_degrees",
                "backend_a", "model_id_a", "protocol_a", "backend_b", "model_id_b", "protocol_b", "n_valid_a",
                "n_valid_b", "angle_difference", "angle_diff_ci_low", "angle_diff_ci_high", "vr_difference",
                "vr_diff_ci_low", "vr_diff_ci_high");
    }

    @Test
    void confusionHeaderIsThePublishedOne() {
        assertThat(ConfusionCsv.COLUMNS).containsExactly("backend", "protocol", "target_category",
                "measured_category", "n", "row_share");
    }

    @Test
    void researchTablesAreTheFourFilesInWritingOrderAndEveryColumnHasAMeaning() {
        assertThat(ResearchTables.all()).extracting(OutputTable::file)
                .containsExactly("conditions.csv", "calibration.csv", "comparisons.csv", "confusion.csv");
        for (OutputTable table : ResearchTables.all()) {
            assertThat(table.columns()).as(table.file()).allSatisfy(c -> assertThat(c.meaning()).isNotBlank());
        }
    }
}
