package org.svosim.simulation.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CSV file atomically: RFC 4180 (comma, double-quote quoting where needed, CRLF line ends),
 * UTF-8 without byte-order mark, a header row, null cells written empty. A cell is quoted exactly
 * when Apache Commons CSV's RFC 4180 format would quote it (minimal quoting: a cell holding a comma,
 * quote or line break, starting with a character up to '#', ending with one up to ' ', or an empty
 * first cell), so the files are the same as that library writes, only faster.
 */
public final class CsvTable {
    private CsvTable() {
    }

    /** Receives the rows of a file being written, one at a time. */
    public interface Rows {
        /** Writes one row; it must have as many cells as the header. */
        void row(String... cells) throws IOException;
    }

    /** Produces the rows of a file into a {@link Rows} sink (streaming: no list of rows in memory). */
    public interface Body {
        void writeTo(Rows rows) throws IOException;
    }

    /** Writes the header and rows to {@code target}; every row must have as many cells as the header. */
    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        stream(target, header, sink -> {
            for (List<String> row : rows) {
                sink.row(row.toArray(String[]::new));
            }
        });
    }

    /** Writes the header and then the rows {@code body} produces, streaming them to {@code target}. */
    public static void stream(Path target, List<String> header, Body body) throws IOException {
        AtomicFile.write(target, writer -> rows(writer, target.getFileName().toString(), header, true, body));
    }

    /**
     * Writes rows (with the header first if {@code withHeader}) to an open writer: one part of a file
     * written in parts; every row must have as many cells as the header.
     */
    static void rows(Writer writer, String name, List<String> header, boolean withHeader, Body body)
            throws IOException {
        StringBuilder line = new StringBuilder(512);
        if (withHeader) {
            record(writer, line, header.toArray(String[]::new));
        }
        body.writeTo(cells -> {
            if (cells.length != header.size()) {
                throw new IllegalStateException(name + ": row has " + cells.length + " cells, header has "
                        + header.size());
            }
            record(writer, line, cells);
        });
    }

    private static void record(Writer writer, StringBuilder line, String[] cells) throws IOException {
        line.setLength(0);
        appendRecord(line, cells);
        writer.append(line);
    }

    /** One record (cells and line end) exactly as a file written here holds it, e.g. a file's header line. */
    static String record(List<String> cells) {
        StringBuilder line = new StringBuilder();
        appendRecord(line, cells.toArray(String[]::new));
        return line.toString();
    }

    /** Appends one record (cells and line end) exactly as a file written here holds it. */
    static void appendRecord(StringBuilder line, String[] cells) {
        appendCells(line, cells, true);
        line.append("\r\n");
    }

    /**
     * Appends cells separated by commas, without a line end; {@code startsRecord} says whether the first of
     * them is a record's first cell (or follows cells already appended, and the comma before it).
     */
    static void appendCells(StringBuilder line, String[] cells, boolean startsRecord) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            cell(line, cells[i], startsRecord && i == 0);
        }
    }

    private static void cell(StringBuilder line, String value, boolean first) {
        if (value == null) {
            return;
        }
        if (!needsQuotes(value, first)) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    static boolean needsQuotes(String value, boolean first) {
        if (value.isEmpty()) {
            return first;
        }
        if (value.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == ',') {
                return true;
            }
        }
        return value.charAt(value.length() - 1) <= ' ';
    }
}
