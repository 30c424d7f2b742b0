package org.svosim.simulation.export;

import static org.svosim.simulation.export.Column.integer;
import static org.svosim.simulation.export.Column.of;
import static org.svosim.simulation.export.Column.text;

import java.util.List;

/**
 * The columns of trials.csv, which are those of the {@code trials} table of run.db in the same
 * order: the one definition behind the header, codebook.md and docs/outputs.md.
 */
public final class TrialColumns {
    /** Every column, in file order. */
    public static final List<Column> ALL = List.of(
            text("trial_id", "stable trial id `backend/value/protocol/rNN`"),
            integer("plan_index", "position of the trial in the plan, from 0"),
            text("backend", "backend name from the config"),
            text("provider", "`openai`, `ollama`, `anthropic` or `simulated`"),
            text("model_id", "model id of the backend"),
            text("value_label", "target label: category name (`prosocial`) or explicit angle name (`angle_30`)"),
            of("target_degrees", ColumnType.DECIMAL, "deg", "target angle theta*: altruistic 90, prosocial 45,"
                    + " individualistic 0, competitive -45, or the explicit angle"),
            text("target_category", "target category for named targets; missing for explicit angles"),
            text("protocol", "protocol variant name from the config"),
            integer("repetition", "repetition index within the condition, from 0"),
            integer("seed", "the trial's seed: first 8 bytes (big-endian, signed 64-bit) of"
                    + " `SHA-256(\"<run seed>:<trial id>\")`"),
            text("status", "`valid` (every primary item answered: has an angle), `invalid` (interview completed,"
                    + " some primary item without a valid answer), `failed` (a model call failed for good;"
                    + " interview stopped)"),
            text("failure", "why the trial failed (failed trials), else missing"),
            of("angle", ColumnType.DECIMAL, "deg", "SVO angle `atan2(mean_other - 50, mean_self - 50)` over the"
                    + " primary answers; missing unless `status` is `valid` (as every score column)"),
            text("category", "category of `angle` (Murphy 2011): altruistic > 57.15, prosocial (22.45, 57.15],"
                    + " individualistic (-12.04, 22.45], competitive <= -12.04"),
            of("ideal_low", ColumnType.DECIMAL, "deg", "lower end of the ideal angle interval of the target (over"
                    + " all tie-breaks of the ideal agent)"),
            of("ideal_high", ColumnType.DECIMAL, "deg", "upper end of that interval"),
            of("angle_error", ColumnType.DECIMAL, "deg", "signed distance from `angle` to [`ideal_low`,"
                    + " `ideal_high`]; 0 inside, negative below, positive above"),
            of("value_rationality", ColumnType.DECIMAL, "0..1", "`1 - abs(angle_error) / W`, clipped to [0, 1];"
                    + " W = width of the attainable angle range (77.65 for the standard items)"),
            of("category_hit", ColumnType.FLAG, "", "`category` equals `target_category`; missing for explicit"
                    + " targets"),
            of("choice_rationality", ColumnType.DECIMAL, "0..1", "mean over answered items of `(u(chosen) - min u)"
                    + " / (max u - min u)` under the target utility `u = cos(theta*) self + sin(theta*) other`;"
                    + " items where all options tie are skipped"),
            of("ia_index", ColumnType.DECIMAL, "0..1", "inequality-aversion index `D_IA / (D_IA + D_JG)` from the"
                    + " secondary items (0 = inequality averse, 1 = joint-gain maximiser); missing unless all"
                    + " secondary items were answered and D_IA, D_JG are the two smallest distances"),
            text("goal_statement", "the goal the agent stated (protocols with a goal prompt), else missing"),
            integer("n_items_invalid", "item answers with no valid choice"),
            integer("n_calls", "model calls made for the trial (agent and extractor, including failed ones)"),
            of("input_tokens", ColumnType.INTEGER, "tokens", "prompt tokens summed over the calls that reported"
                    + " them; missing if none did"),
            of("output_tokens", ColumnType.INTEGER, "tokens", "completion tokens, summed likewise"),
            of("started_at", ColumnType.TIMESTAMP, "", "when the first call was sent"),
            of("finished_at", ColumnType.TIMESTAMP, "", "when the trial ended"),
            of("duration_ms", ColumnType.INTEGER, "ms", "`finished_at - started_at`"));

    /** trials.csv as a documented file. */
    public static final OutputTable TABLE = new OutputTable(TrialsCsv.FILE,
            "one row per trial, in plan order; score columns are missing unless `status` is `valid`", ALL);

    private TrialColumns() {
    }
}
