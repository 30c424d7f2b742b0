package org.svosim.simulation.analysis;

import static org.svosim.simulation.export.Column.integer;
import static org.svosim.simulation.export.Column.of;

import java.util.ArrayList;
import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.ColumnType;
import org.svosim.simulation.export.OutputTable;
import org.svosim.simulation.export.SummaryColumns;

/**
 * The columns of conditions.csv (one row per condition, computed by {@link ConditionStats}): the one
 * definition behind its header, codebook.md and docs/outputs.md.
 */
public final class ConditionsColumns {
    private static final String BOOTSTRAP = "95% bootstrap interval (a large-sample normal interval above"
            + " 10,000 valid trials)";

    /** Every column, in file order. */
    public static final List<Column> ALL = columns();

    /** conditions.csv as a documented file. */
    public static final OutputTable TABLE = new OutputTable(ConditionsCsv.FILE, "one row per condition, same"
            + " conditions and order as `summary.csv`; every statistic is over the condition's valid trials, and"
            + " intervals are missing with fewer than two of them", ALL);

    private ConditionsColumns() {
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        for (String condition : List.of("backend", "provider", "model_id", "protocol", "value_label",
                "target_degrees", "n_trials")) {
            c.add(SummaryColumns.TABLE.column(condition));
        }
        c.add(integer("n_valid", "valid trials: the sample of every statistic below"));
        c.add(of("circular_mean_angle", ColumnType.DECIMAL, "deg", "circular mean `atan2(mean(sin a), mean(cos a))`"
                + " of the valid trials' angles a, in (-180, 180]; missing if there is none (or if they cancel"
                + " out, R = 0)"));
        c.add(of("circular_mean_ci_low", ColumnType.DECIMAL, "deg", "lower end of the " + BOOTSTRAP + " of the"
                + " circular mean (not wrapped: `low <= mean <= high`)"));
        c.add(of("circular_mean_ci_high", ColumnType.DECIMAL, "deg", "upper end of that interval"));
        c.add(of("mean_resultant_length", ColumnType.DECIMAL, "0..1", "mean resultant length"
                + " `R = sqrt(mean(cos a)^2 + mean(sin a)^2)`, the concentration of the angles (1 = all equal,"
                + " 0 = no common direction)"));
        c.add(of("circular_sd", ColumnType.DECIMAL, "deg", "circular standard deviation `sqrt(-2 ln R)`, converted"
                + " to degrees"));
        c.add(of("mean_value_rationality", ColumnType.DECIMAL, "0..1", "mean `value_rationality` of the valid"
                + " trials"));
        c.add(of("vr_ci_low", ColumnType.DECIMAL, "0..1", "lower end of its " + BOOTSTRAP));
        c.add(of("vr_ci_high", ColumnType.DECIMAL, "0..1", "upper end of that interval"));
        c.add(of("category_hit_rate", ColumnType.DECIMAL, "0..1", "share of valid trials measured in the target"
                + " category; missing for explicit-angle targets"));
        c.add(of("hit_ci_low", ColumnType.DECIMAL, "0..1", "lower end of its " + BOOTSTRAP));
        c.add(of("hit_ci_high", ColumnType.DECIMAL, "0..1", "upper end of that interval"));
        c.add(integer("bootstrap_resamples", "bootstrap resamples behind every interval of the row; empty when the"
                + " condition has more than " + String.format(java.util.Locale.ROOT, "%,d", Bootstrap.MAX_RESAMPLED)
                + " valid trials, whose intervals are large-sample normal intervals instead"));
        return List.copyOf(c);
    }
}
