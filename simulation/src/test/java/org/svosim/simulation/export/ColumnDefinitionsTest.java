package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Column names are a contract (docs/outputs.md): the headers stay exactly as published. */
class ColumnDefinitionsTest {

    @Test
    void trialsHeaderIsThePublishedOne() {
        assertThat(TrialsCsv.COLUMNS).containsExactly(
                "trial_id", "plan_index", "backend", "provider", "model_id", "value_label", "target_degrees",
                "target_category", "protocol", "repetition", "seed", "status", "failure", "angle", "category",
                "ideal_low", "ideal_high", "angle_error", "value_rationality", "category_hit", "choice_rationality",
                "ia_index", "goal_statement", "n_items_invalid", "n_calls", "input_tokens", "output_tokens",
                "started_at", "finished_at", "duration_ms");
    }

    @Test
    void decisionsHeaderIsThePublishedOne() {
        assertThat(DecisionsCsv.COLUMNS).containsExactly(
                "trial_id", "backend", "provider", "model_id", "value_label", "target_degrees", "protocol",
                "repetition", "trial_status", "item_number", "item_kind", "position", "shown_order", "shown_letter",
                "chosen_option", "chosen_letter", "payoff_self", "payoff_other", "method", "attempts", "raw_reply");
    }

    @Test
    void summaryHeaderIsThePublishedOne() {
        assertThat(SummaryCsv.COLUMNS).containsExactly(
                "backend", "provider", "model_id", "protocol", "value_label", "target_degrees", "ideal_low",
                "ideal_high", "n_trials", "n_valid", "n_invalid", "n_failed", "mean_angle", "angle_sd",
                "angle_ci_low", "angle_ci_high", "share_altruistic", "share_prosocial", "share_individualistic",
                "share_competitive", "category_hit_rate", "mean_value_rationality", "vr_ci_low", "vr_ci_high",
                "mean_choice_rationality", "invalid_answer_rate", "reask_rate", "extractor_rate", "input_tokens",
                "output_tokens", "cost_usd");
    }

    @Test
    void everyColumnHasAMeaning() {
        for (OutputTable table : OutputTables.all()) {
            assertThat(table.columns()).as(table.file()).allSatisfy(c -> assertThat(c.meaning()).isNotBlank());
        }
    }

    @Test
    void decisionsCsvHoldsEveryColumnOfTheStoredDecisionsTable() {
        assertThat(Column.names(DecisionColumns.ALL)).containsAll(Column.names(DecisionColumns.STORED));
    }

    @Test
    void transcriptLinesHaveThePublishedFields() {
        assertThat(Column.names(TranscriptFields.TRIAL)).containsExactly("trial_id", "backend", "model_id",
                "value_label", "protocol", "repetition", "status", "goal_statement", "messages");
        assertThat(Column.names(TranscriptFields.MESSAGE)).containsExactly("seq", "model_role", "role", "purpose",
                "item_number", "text");
    }
}
