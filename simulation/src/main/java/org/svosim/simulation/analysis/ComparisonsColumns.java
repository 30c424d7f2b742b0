package org.svosim.simulation.analysis;

import static org.svosim.simulation.export.Column.integer;
import static org.svosim.simulation.export.Column.of;
import static org.svosim.simulation.export.Column.text;

import java.util.ArrayList;
import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.ColumnType;
import org.svosim.simulation.export.OutputTable;

/**
 * The columns of comparisons.csv (one row per comparable pair of conditions, computed by
 * {@link Comparison}): the one definition behind its header, codebook.md and docs/outputs.md.
 */
public final class ComparisonsColumns {
    private static final String BOOTSTRAP = "95% bootstrap interval (the two conditions resampled independently;"
            + " a large-sample normal interval when either has more than 10,000 valid trials)";

    /** Every column, in file order. */
    public static final List<Column> ALL = columns();

    /** comparisons.csv as a documented file. */
    public static final OutputTable TABLE = new OutputTable(ComparisonsCsv.FILE, "one row per pair of"
            + " conditions on the same value (label and target) that differ only in backend or only in protocol"
            + " variant, in plan order with `a` before `b`; differences are a minus b", ALL);

    private ComparisonsColumns() {
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(text("comparison", "`backends` (same protocol, different backends) or `protocols` (same backend and"
                + " model, different protocol variants); crossed pairs are not compared"));
        c.add(text("value_label", "the value both conditions induced, as in `trials.csv`"));
        c.add(of("target_degrees", ColumnType.DECIMAL, "deg", "its target angle theta*"));
        for (String side : List.of("a", "b")) {
            c.add(text("backend_" + side, "backend of condition " + side));
            c.add(text("model_id_" + side, "model id of condition " + side));
            c.add(text("protocol_" + side, "protocol variant of condition " + side));
        }
        c.add(integer("n_valid_a", "valid trials of condition a"));
        c.add(integer("n_valid_b", "valid trials of condition b"));
        c.add(of("angle_difference", ColumnType.DECIMAL, "deg", "circular difference of the circular mean angles,"
                + " `wrap(mean_a - mean_b)` into (-180, 180]"));
        c.add(of("angle_diff_ci_low", ColumnType.DECIMAL, "deg", "lower end of its " + BOOTSTRAP + "; an interval"
                + " excluding 0 suggests a real difference (roughly a 5% two-sided test)"));
        c.add(of("angle_diff_ci_high", ColumnType.DECIMAL, "deg", "upper end of that interval"));
        c.add(of("vr_difference", ColumnType.DECIMAL, "-1..1", "mean value rationality of a minus that of b"));
        c.add(of("vr_diff_ci_low", ColumnType.DECIMAL, "-1..1", "lower end of its " + BOOTSTRAP));
        c.add(of("vr_diff_ci_high", ColumnType.DECIMAL, "-1..1", "upper end of that interval"));
        return List.copyOf(c);
    }
}
