package org.svosim.simulation.analysis;

import static org.svosim.simulation.export.Column.integer;
import static org.svosim.simulation.export.Column.of;
import static org.svosim.simulation.export.Column.text;

import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.ColumnType;
import org.svosim.simulation.export.OutputTable;
import org.svosim.simulation.export.TrialColumns;

/**
 * The columns of calibration.csv (one row per backend x protocol, computed by {@link Calibration}):
 * the one definition behind its header, codebook.md and docs/outputs.md.
 */
public final class CalibrationColumns {
    private static final String SLOPE = "deg/deg";

    /** Every column, in file order. */
    public static final List<Column> ALL = List.of(
            TrialColumns.TABLE.column("backend"),
            text("protocol", "protocol variant name from the config; missing in a pooled row"),
            of("pooled", ColumnType.FLAG, "", "1 for the row pooling all of the backend's protocols"),
            integer("n_valid", "valid trials fitted"),
            integer("n_targets", "distinct target angles among them; the line needs 2 or more"),
            of("slope", ColumnType.DECIMAL, SLOPE, "OLS slope `Sxy / Sxx` of the measured on the target angle"),
            of("slope_ci_low", ColumnType.DECIMAL, SLOPE, "lower end of the 95% bootstrap interval of the slope"
                    + " ((target, angle) pairs resampled; above 10,000 valid trials a large-sample normal interval with"
                    + " the heteroskedasticity-consistent HC0 standard error)"),
            of("slope_ci_high", ColumnType.DECIMAL, SLOPE, "upper end of that interval"),
            of("intercept", ColumnType.DECIMAL, "deg", "OLS intercept `mean(angle) - slope * mean(target)`"),
            of("r_squared", ColumnType.DECIMAL, "0..1", "`1 - SSE / SST`; missing when every angle is equal"),
            of("pull_to_middle", ColumnType.DECIMAL, "", "pull toward the middle `1 - slope`: 0 when the measured"
                    + " angle moves one-for-one with the target, 1 when it ignores the target"),
            of("pull_ci_low", ColumnType.DECIMAL, "", "lower end of its interval, `1 - slope_ci_high`"),
            of("pull_ci_high", ColumnType.DECIMAL, "", "upper end of its interval, `1 - slope_ci_low`"),
            of("ideal_slope", ColumnType.DECIMAL, SLOPE, "the OLS slope the ideal agent would get on the same"
                    + " trials (its angle taken as the middle of each trial's ideal interval); below 1 because"
                    + " the attainable angles stop at -16.26 and 61.39 deg (about 0.62 for the four named"
                    + " targets)"),
            of("pull_vs_ideal", ColumnType.DECIMAL, "", "`1 - slope / ideal_slope`, the pull beyond what the"
                    + " measure forces (0 = as well calibrated as the ideal agent)"),
            text("reason", "why the fit is missing (fewer than 2 distinct targets), else missing"));

    /** calibration.csv as a documented file. */
    public static final OutputTable TABLE = new OutputTable(CalibrationCsv.FILE, "one row per backend x"
            + " protocol in plan order, each backend run with more than one protocol followed by a row pooling"
            + " them (`pooled` = 1); each row is the ordinary least-squares line"
            + " `angle = intercept + slope * target_degrees` over the valid trials (named and explicit targets)",
            ALL);

    private CalibrationColumns() {
    }
}
