package org.svosim.simulation.analysis;

import static org.svosim.simulation.export.Column.integer;
import static org.svosim.simulation.export.Column.of;
import static org.svosim.simulation.export.Column.text;

import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.ColumnType;
import org.svosim.simulation.export.OutputTable;

/**
 * The columns of confusion.csv (one row per cell of a category confusion matrix, computed by
 * {@link ConfusionCell}): the one definition behind its header, codebook.md and docs/outputs.md.
 */
public final class ConfusionColumns {
    /** Every column, in file order. */
    public static final List<Column> ALL = List.of(
            text("backend", "backend whose matrix the cell belongs to"),
            text("protocol", "protocol variant of that matrix"),
            text("target_category", "the induced category (the matrix row)"),
            text("measured_category", "the category of the measured angle (the matrix column)"),
            integer("n", "valid trials in the cell"),
            of("row_share", ColumnType.DECIMAL, "0..1", "`n` over the row's valid trials (rows sum to 1); missing"
                    + " when the row has no valid trial"));

    /** confusion.csv as a documented file. */
    public static final OutputTable TABLE = new OutputTable(ConfusionCsv.FILE, "one row per cell of the category"
            + " confusion matrix of each backend x protocol (long format): valid trials with a named target, by"
            + " target category (row) and measured category (column); every target category with a trial of the"
            + " backend x protocol gets all four cells, zeros included, in Murphy order (altruistic, prosocial,"
            + " individualistic, competitive); explicit-angle targets have no category and are left out", ALL);

    private ConfusionColumns() {
    }
}
