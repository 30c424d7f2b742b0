package org.svosim.simulation.export;

/**
 * How a column's values are written: its word in the CSV codebook, its SQLite type in run.db and
 * its JSON type in JSON Lines files.
 */
public enum ColumnType {
    TEXT("text", "TEXT", "string"),
    INTEGER("integer", "INTEGER", "number"),
    DECIMAL("decimal", "REAL", "number"),
    /** A boolean written 1 or 0. */
    FLAG("0/1", "INTEGER (0/1)", "number"),
    /** ISO-8601 UTC with milliseconds, e.g. 2026-11-02T09:15:00.250Z. */
    TIMESTAMP("timestamp", "TEXT (timestamp)", "string"),
    /** A list of objects (JSON Lines only). */
    LIST("list", "", "array");

    private final String csvWord;
    private final String sqlType;
    private final String jsonType;

    ColumnType(String csvWord, String sqlType, String jsonType) {
        this.csvWord = csvWord;
        this.sqlType = sqlType;
        this.jsonType = jsonType;
    }

    /** The JSON type of a value in JSON Lines files ("string"). */
    public String jsonType() {
        return jsonType;
    }

    /** The type as the CSV codebook names it ("decimal"). */
    public String csvWord() {
        return csvWord;
    }

    /** The column's SQLite type in run.db ("REAL"), with how a flag or timestamp is held. */
    public String sqlType() {
        return sqlType;
    }
}
