package org.svosim.simulation.export;

import java.util.List;
import java.util.Objects;

/**
 * A documented output file: its name, what one row holds, and its columns in file order.
 *
 * @param file    file name in the run folder ("trials.csv")
 * @param rows    what one row (or line) is, e.g. "one row per trial, in plan order"
 * @param columns the columns (for JSON Lines: the fields of each object)
 */
public record OutputTable(String file, String rows, List<Column> columns) {
    public OutputTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rows, "rows");
        columns = List.copyOf(columns);
        if (Column.names(columns).stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException(file + ": a column name is used twice");
        }
    }

    /** The column called {@code name}. */
    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " has no column '" + name + "'"));
    }
}
