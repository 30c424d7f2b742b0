package org.svosim.simulation.export;

import static org.svosim.simulation.export.Column.integer;
import static org.svosim.simulation.export.Column.of;

import java.util.ArrayList;
import java.util.List;

/** The columns of summary.csv (one row per condition, computed by {@link ConditionSummary}). */
public final class SummaryColumns {
    private static final String CI = "95% Student t interval of the mean, `mean -+ t(0.975, n - 1) * sd / sqrt(n)`"
            + " (sample sd, n - 1 denominator); missing with fewer than two valid trials; not clipped";

    /** Every column, in file order. */
    public static final List<Column> ALL = columns();

    /** summary.csv as a documented file. */
    public static final OutputTable TABLE = new OutputTable(SummaryCsv.FILE, "one row per condition (backend x"
            + " protocol x value; one per model id if a backend's reported model id changed), in the plan order of"
            + " each condition's first trial; statistics over the valid trials are missing when there is none", ALL);

    private SummaryColumns() {
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        for (String condition : List.of("backend", "provider", "model_id", "protocol", "value_label",
                "target_degrees")) {
            c.add(TrialColumns.TABLE.column(condition));
        }
        c.add(of("ideal_low", ColumnType.DECIMAL, "deg", "lower end of the target's ideal angle interval (from the"
                + " valid trials; missing when there is none)"));
        c.add(of("ideal_high", ColumnType.DECIMAL, "deg", "upper end of that interval"));
        c.add(integer("n_trials", "trials saved for the condition"));
        c.add(integer("n_valid", "trials with status `valid`"));
        c.add(integer("n_invalid", "trials with status `invalid`"));
        c.add(integer("n_failed", "trials with status `failed`"));
        c.add(of("mean_angle", ColumnType.DECIMAL, "deg", "mean SVO angle of the valid trials (the paper's"
                + " reported angle)"));
        c.add(of("angle_sd", ColumnType.DECIMAL, "deg", "sample standard deviation of those angles"));
        c.add(of("angle_ci_low", ColumnType.DECIMAL, "deg", "lower end of the " + CI));
        c.add(of("angle_ci_high", ColumnType.DECIMAL, "deg", "upper end of that interval"));
        for (String category : List.of("altruistic", "prosocial", "individualistic", "competitive")) {
            c.add(of("share_" + category, ColumnType.DECIMAL, "0..1", "share of valid trials whose angle is "
                    + category + " (the four shares sum to 1)"));
        }
        c.add(of("category_hit_rate", ColumnType.DECIMAL, "0..1", "share of valid trials whose category equals the"
                + " target category; missing for explicit-angle targets"));
        c.add(of("mean_value_rationality", ColumnType.DECIMAL, "0..1", "mean `value_rationality` of the valid"
                + " trials"));
        c.add(of("vr_ci_low", ColumnType.DECIMAL, "0..1", "lower end of the " + CI.replace("of the mean", "of that mean")
                .replace("not clipped", "clipped to [0, 1], the range of value rationality")));
        c.add(of("vr_ci_high", ColumnType.DECIMAL, "0..1", "upper end of that interval"));
        c.add(of("mean_choice_rationality", ColumnType.DECIMAL, "0..1", "mean `choice_rationality` of the valid"
                + " trials"));
        c.add(of("invalid_answer_rate", ColumnType.DECIMAL, "0..1", "share of the condition's item answers (all"
                + " its trials) with method `invalid`; missing when the condition has no item answer (as the"
                + " next two rates)"));
        c.add(of("reask_rate", ColumnType.DECIMAL, "0..1", "share of those answers whose question had to be asked"
                + " more than once (`attempts > 1`)"));
        c.add(of("extractor_rate", ColumnType.DECIMAL, "0..1", "share of those answers read by the extractor"
                + " model (method `extractor`)"));
        c.add(of("input_tokens", ColumnType.INTEGER, "tokens", "prompt tokens summed over the condition's trials"
                + " (missing if no call reported tokens)"));
        c.add(of("output_tokens", ColumnType.INTEGER, "tokens", "completion tokens, summed likewise"));
        c.add(of("cost_usd", ColumnType.DECIMAL, "USD", "what the condition's calls cost at the backends' prices"
                + " (calls of interrupted attempts included, cache hits free); missing when a price is unknown"));
        return List.copyOf(c);
    }
}
