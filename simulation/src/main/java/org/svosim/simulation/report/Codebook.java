package org.svosim.simulation.report;

import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.OutputTable;

/**
 * The codebook of a run folder as Markdown, rendered from the export's column definitions (the
 * same ones that write the headers), so the documentation cannot drift from the files.
 */
public final class Codebook {
    /** Which type names a table shows. */
    public enum Types {
        /** CSV words: text, integer, decimal, 0/1, timestamp. */
        CSV,
        /** SQLite types of run.db: TEXT, INTEGER, REAL. */
        SQL,
        /** JSON types: string, number, array. */
        JSON
    }

    static final String CONVENTIONS = String.join("\n",
            "Conventions of every file (docs/outputs.md has the full rules):",
            "",
            "- Missing or undefined values are **empty cells** in CSV (never `NA`, `NaN` or `null`), `null` in"
                    + " JSON Lines, `NULL` in `run.db`. Read CSV with `na = \"\"` (R readr) or"
                    + " `keep_default_na=False, na_values=[\"\"]` (pandas): a model may literally reply `NA`.",
            "- CSV is RFC 4180, UTF-8 without byte-order mark, comma separated, `.` as decimal point, no"
                    + " exponents; free-text cells may hold line breaks inside quotes.",
            "- Angles are in degrees, payoffs in coins, durations in milliseconds; timestamps are ISO-8601 UTC"
                    + " with milliseconds (`2026-11-02T09:15:00.250Z`); booleans are `1`/`0`; labels are lower case.",
            "- `seed` is a signed 64-bit integer: read it as text in R (`colClasses = c(seed = \"character\")`).",
            "");

    private Codebook() {
    }

    /** The whole codebook.md: a title, the conventions, then one section per file. */
    public static String markdown(List<OutputTable> tables) {
        StringBuilder b = new StringBuilder("# Codebook\n\n");
        b.append("Each column of each table in this run folder: its type, unit and meaning.\n\n");
        b.append(CONVENTIONS).append('\n');
        for (OutputTable t : tables) {
            b.append("## `").append(t.file()).append("`\n\n");
            b.append(capitalized(t.rows())).append(".\n\n");
            b.append(table(t, t.file().endsWith(".jsonl") ? Types.JSON : Types.CSV)).append('\n');
        }
        return b.toString();
    }

    /** One Markdown table with a row per column: column, type, unit, meaning. */
    public static String table(OutputTable t, Types types) {
        StringBuilder b = new StringBuilder("| column | type | unit | meaning |\n|---|---|---|---|\n");
        for (Column c : t.columns()) {
            b.append("| `").append(c.name()).append("` | ").append(typeName(c, types)).append(" | ")
                    .append(cell(c.unit())).append(" | ").append(cell(c.meaning())).append(" |\n");
        }
        return b.toString();
    }

    private static String typeName(Column c, Types types) {
        switch (types) {
            case SQL:
                return c.type().sqlType();
            case JSON:
                return c.type().jsonType();
            default:
                return c.type().csvWord();
        }
    }

    /** A table cell: pipes escaped, line breaks flattened. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
