package org.svosim.simulation.export;

import java.util.List;
import java.util.Objects;

/**
 * One column of an output table, documented where it is written: the export writes its header
 * from {@link #name}, and the codebook (codebook.md, docs/outputs.md) its type, unit and meaning.
 *
 * @param name    header name (snake_case, stable)
 * @param type    how values are written
 * @param unit    unit of the values ("deg", "0..1", "tokens", "ms"), or "" if none
 * @param meaning what a value means, in a sentence or two; missing values are empty cells in CSV
 */
public record Column(String name, ColumnType type, String unit, String meaning) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** A text column without a unit. */
    public static Column text(String name, String meaning) {
        return new Column(name, ColumnType.TEXT, "", meaning);
    }

    /** An integer column without a unit. */
    public static Column integer(String name, String meaning) {
        return new Column(name, ColumnType.INTEGER, "", meaning);
    }

    /** A column of any type and unit. */
    public static Column of(String name, ColumnType type, String unit, String meaning) {
        return new Column(name, type, unit, meaning);
    }

    /** The same column under another name and meaning (e.g. a trial's status joined into decisions). */
    Column as(String newName, String newMeaning) {
        return new Column(newName, type, unit, newMeaning);
    }

    /** The header names of {@code columns}, in order. */
    public static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
